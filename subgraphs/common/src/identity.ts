import { createHash } from 'node:crypto';
import { SignJWT, importPKCS8, importSPKI, jwtVerify, type CryptoKey, type JWTPayload } from 'jose';
import { z } from 'zod';

/** The partner code of the Centre itself; Centre roles count only for its users. */
export const CENTRE_PARTNER_CODE = 'centre';

export const CENTRE_ROLES = ['CASE_WORKER', 'SUPERVISOR', 'ANALYST', 'ADMIN'] as const;
export const PARTNER_ROLES = ['MEMBER', 'COORDINATOR'] as const;
export const ROLES = [...CENTRE_ROLES, ...PARTNER_ROLES] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: the verified subject, the partner they act for, and what they may do. */
export interface Caller {
  readonly sub: string;
  readonly partner: string;
  readonly roles: readonly Role[];
}

export const isCentre = (caller: Caller): boolean => caller.partner === CENTRE_PARTNER_CODE;
export const hasRole = (caller: Caller, ...roles: Role[]): boolean =>
  roles.some((role) => caller.roles.includes(role));

const callerClaims = z.object({
  sub: z.string().min(1).max(200),
  partner: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a partner code'),
  roles: z.array(z.string()).max(20).default([]),
});

/**
 * Turns verified JWT claims into a caller. Unknown roles are dropped, and Centre roles held by a
 * user of another partner are dropped too: a partner's identity provider cannot make its users
 * Centre staff.
 */
export function callerFromClaims(payload: JWTPayload): Caller {
  const claims = callerClaims.parse(payload);
  const centre = claims.partner === CENTRE_PARTNER_CODE;
  const allowed: readonly string[] = centre ? CENTRE_ROLES : PARTNER_ROLES;
  const roles = [...new Set(claims.roles.filter((role) => allowed.includes(role)))] as Role[];
  return { sub: claims.sub, partner: claims.partner, roles };
}

/** The header the gateway uses to forward the verified caller to subgraphs. */
export const INTERNAL_IDENTITY_HEADER = 'x-hub-identity';
export const REQUEST_ID_HEADER = 'x-request-id';
/** The client's operation name, forwarded by the gateway for the access log. */
export const OPERATION_HEADER = 'x-hub-operation';

const INTERNAL_ISSUER = 'hub-gateway';
const INTERNAL_AUDIENCE = 'hub-subgraphs';
const INTERNAL_ALG = 'ES256';
/** Long enough for one federated request plan, short enough to be useless if it leaks. */
const INTERNAL_TTL_SECONDS = 60;

/**
 * When one live-update payload is read once for several subscribers of the same partner and
 * roles, they are its audience: the gateway sends their ids in the request body and signs their
 * hash here, so the subgraph records the access of each of them, and no one else.
 */
export const audienceHash = (audience: readonly string[]) =>
  createHash('sha256')
    .update([...audience].sort().join('\n'))
    .digest('base64url');

export type InternalSigner = (
  caller: Caller,
  requestId: string,
  audience?: readonly string[],
) => Promise<string>;
export type InternalVerifier = (
  token: string,
) => Promise<{ caller: Caller; requestId: string; audienceHash: string | null }>;

export async function createInternalSigner(privateKeyPem: string): Promise<InternalSigner> {
  const key: CryptoKey = await importPKCS8(privateKeyPem, INTERNAL_ALG);
  return (caller, requestId, audience) =>
    new SignJWT({
      partner: caller.partner,
      roles: [...caller.roles],
      rid: requestId,
      ...(audience?.length ? { audh: audienceHash(audience) } : {}),
    })
      .setProtectedHeader({ alg: INTERNAL_ALG })
      .setSubject(caller.sub)
      .setIssuer(INTERNAL_ISSUER)
      .setAudience(INTERNAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${INTERNAL_TTL_SECONDS}s`)
      .sign(key);
}

export async function createInternalVerifier(publicKeyPem: string): Promise<InternalVerifier> {
  const key: CryptoKey = await importSPKI(publicKeyPem, INTERNAL_ALG);
  return async (token) => {
    const { payload } = await jwtVerify(token, key, {
      issuer: INTERNAL_ISSUER,
      audience: INTERNAL_AUDIENCE,
      algorithms: [INTERNAL_ALG],
      maxTokenAge: INTERNAL_TTL_SECONDS,
    });
    return {
      caller: callerFromClaims(payload),
      requestId: typeof payload.rid === 'string' ? payload.rid : '',
      audienceHash: typeof payload.audh === 'string' ? payload.audh : null,
    };
  };
}
