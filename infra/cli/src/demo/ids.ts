import { createHash } from 'node:crypto';

/** A stable UUID for a piece of demo data, so every run (and every test) sees the same ids. */
export function demoId(kind: string, key: string | number): string {
  const hex = createHash('sha1').update(`coordination-hub-demo:${kind}:${key}`).digest('hex');
  // Shaped as a version-5 UUID with the RFC 4122 variant.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const partnerId = (code: string) => demoId('partner', code);
