import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';

/**
 * Development secrets, made on first start and kept under the data directory: the key pair that
 * signs development tokens (the stand-in for a real identity provider), the gateway's internal
 * signing key pair, and the secret the database roles' passwords derive from.
 */
export interface DevSecrets {
  issuer: { privateKey: string; publicKey: string };
  internal: { privateKey: string; publicKey: string };
  roleSecret: string;
}

/** The issuer and audience of development tokens. */
export const DEV_ISSUER = 'hub-dev';
export const DEV_AUDIENCE = 'coordination-hub';

async function keyPair(): Promise<{ privateKey: string; publicKey: string }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateKey: await exportPKCS8(privateKey), publicKey: await exportSPKI(publicKey) };
}

export function secretsPath(dataDir: string): string {
  return path.join(dataDir, 'dev-secrets.json');
}

export function readDevSecrets(dataDir: string): DevSecrets | null {
  const file = secretsPath(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DevSecrets) : null;
}

export async function ensureDevSecrets(dataDir: string): Promise<DevSecrets> {
  const existing = readDevSecrets(dataDir);
  if (existing) {
    return existing;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const secrets: DevSecrets = {
    issuer: await keyPair(),
    internal: await keyPair(),
    roleSecret: randomBytes(32).toString('base64url'),
  };
  writeFileSync(secretsPath(dataDir), JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
