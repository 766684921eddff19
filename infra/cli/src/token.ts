import { CENTRE_PARTNER_CODE, CENTRE_ROLES, PARTNER_ROLES, type Role } from '@hub/common/identity';
import { importPKCS8, SignJWT } from 'jose';
import { demoPartnerCodes } from './demo/partners';
import { DEV_AUDIENCE, DEV_ISSUER, type DevSecrets } from './dev-secrets';

export interface TokenRequest {
  partner: string;
  roles?: Role[];
  sub?: string;
  /** Lifetime, e.g. "8h", "15m". */
  ttl?: string;
}

/** A command refused what it was asked; the message says what to change (exit code 2). */
export class Refused extends Error {}

/**
 * A development token for a demo partner, signed with the development issuer key: what a
 * partner's identity provider would hand its users. Centre roles only for the Centre.
 */
export async function mintDevToken(secrets: DevSecrets, request: TokenRequest): Promise<string> {
  const codes = demoPartnerCodes();
  if (!codes.includes(request.partner)) {
    throw new Refused(
      `Unknown demo partner "${request.partner}". Demo partners: ${codes.join(', ')}.`,
    );
  }
  const centre = request.partner === CENTRE_PARTNER_CODE;
  const allowed: readonly Role[] = centre ? CENTRE_ROLES : PARTNER_ROLES;
  const roles: Role[] = request.roles?.length ? request.roles : [centre ? 'CASE_WORKER' : 'MEMBER'];
  const wrong = roles.filter((role) => !allowed.includes(role));
  if (wrong.length > 0) {
    throw new Refused(
      `Role ${wrong.join(', ')} is not for ${centre ? 'the Centre' : 'partner users'}; use one of ${allowed.join(', ')}.`,
    );
  }
  const key = await importPKCS8(secrets.issuer.privateKey, 'ES256');
  return new SignJWT({ partner: request.partner, roles })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setSubject(request.sub ?? `demo-user@${request.partner}`)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.ttl ?? '8h')
    .sign(key);
}
