import {
  createHash,
  createPrivateKey,
  createPublicKey,
  randomUUID,
  sign,
  verify,
} from 'node:crypto';
import type { JWTPayload } from 'jose';
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

/**
 * Whether the caller works the Centre's cases and so sees every category of them: Centre case
 * workers and supervisors. Analysts see statistics only; administrators run the system, not cases.
 * Partner users see nothing of a case until consent grants it (the consent layer decides that).
 */
export const seesAllCases = (caller: Caller): boolean =>
  isCentre(caller) && hasRole(caller, 'CASE_WORKER', 'SUPERVISOR');

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
const INTERNAL_ALG = 'ES256';
/**
 * Each subgraph fetch gets its own token, signed just before it is sent: the lifetime only has to
 * cover the way to the subgraph and the clocks' difference, not the whole request.
 */
export const INTERNAL_TTL_SECONDS = 30;
/** The longest lifetime a subgraph accepts, whatever the token says. */
export const INTERNAL_MAX_AGE_SECONDS = 60;
/** Clocks of the gateway's and the subgraph's hosts may differ by this much. */
const CLOCK_TOLERANCE_SECONDS = 5;

/**
 * When one live-update payload is read once for several subscribers of the same partner and
 * roles, they are its audience: the gateway sends their ids in the request body and signs their
 * hash here, so the subgraph records the access of each of them, and no one else.
 */
export const audienceHash = (audience: readonly string[]) =>
  createHash('sha256')
    .update([...audience].sort().join('\n'))
    .digest('base64url');

/**
 * What a token is bound to: the exact operation the subgraph receives — its document and
 * variables (entity representations included) — or, for a plain HTTP route, its path and query.
 */
export const operationDigest = (operation: string) =>
  createHash('sha256').update(operation).digest('base64url');
export const graphqlOperation = (query: string, variables: unknown) =>
  `${query}\n${JSON.stringify(variables ?? null)}`;

/** What a token for a plain HTTP route (a streamed download) is bound to. */
export const httpOperation = (method: string, pathAndQuery: string) =>
  `${method.toUpperCase()} ${pathAndQuery}`;

/** One subgraph fetch the gateway signs a token for. */
export interface InternalGrant {
  caller: Caller;
  requestId: string;
  /** The subgraph the token is for (its audience): every other subgraph refuses it. */
  subgraph: string;
  /** `graphqlOperation(query, variables)`, or `GET <path>?<query>` for an HTTP route. */
  operation: string;
  audience?: readonly string[];
}

export interface InternalIdentity {
  caller: Caller;
  requestId: string;
  audienceHash: string | null;
  /** The digest of the operation this token was signed for. */
  operationDigest: string;
  /** The token's one-time id and when it expires (epoch seconds). */
  jti: string;
  exp: number;
}

export type InternalSigner = (grant: InternalGrant) => string;
export type InternalVerifier = (token: string) => Promise<InternalIdentity>;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HEADER = base64url({ alg: INTERNAL_ALG, typ: 'JWT' });

/**
 * Signs with node:crypto rather than jose: one token per subgraph fetch puts signing on the
 * gateway's hot path, and jose's ES256 goes through WebCrypto, ~8× dearer (330 vs 38 µs here).
 * The output is a standard ES256 JWT (IEEE P1363 signature), verified below the same way.
 */
export function createInternalSigner(
  privateKeyPem: string,
  ttlSeconds = INTERNAL_TTL_SECONDS,
): InternalSigner {
  const key = createPrivateKey(privateKeyPem);
  return ({ caller, requestId, subgraph, operation, audience }) => {
    const iat = Math.floor(Date.now() / 1000);
    const payload = base64url({
      sub: caller.sub,
      partner: caller.partner,
      roles: [...caller.roles],
      rid: requestId,
      oph: operationDigest(operation),
      ...(audience?.length ? { audh: audienceHash(audience) } : {}),
      iss: INTERNAL_ISSUER,
      aud: subgraph,
      iat,
      exp: iat + ttlSeconds,
      jti: randomUUID(),
    });
    const input = `${HEADER}.${payload}`;
    const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
    return `${input}.${signature.toString('base64url')}`;
  };
}

/** Why an internal token was refused, in one word for the security log. */
export class InternalTokenRefused extends Error {
  constructor(
    readonly reason: 'invalid' | 'signature' | 'expired' | 'audience' | `claim:${string}`,
  ) {
    super(`internal token refused: ${reason}`);
  }
}

const internalClaims = z.object({
  iss: z.string(),
  aud: z.string(),
  iat: z.number().int(),
  exp: z.number().int(),
  nbf: z.number().int().optional(),
  jti: z.string().min(1).max(100),
  rid: z.string().max(200),
  oph: z.string().min(1).max(100),
  audh: z.string().max(100).optional(),
});

/** An ES256 signature in a JWT: 64 bytes (r ‖ s), base64url without padding. */
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

/**
 * Verifies a token for this subgraph alone (its audience) with node:crypto's one-shot verify, as
 * the signer signs: every subgraph fetch brings a new token, so this runs on every request, and
 * jose's WebCrypto ES256 costs ~4–7× more. The token is the hub's own, in one fixed shape: its
 * header must be exactly the signer's (so no `alg` choice is left to the sender), the signature
 * is checked over the text as received, then the claims — issuer, audience, lifetime (at most
 * 60 s old, 5 s of clock difference), the bindings. The one-time id is the caller's to check.
 */
export async function createInternalVerifier(
  publicKeyPem: string,
  subgraph: string,
): Promise<InternalVerifier> {
  const key = createPublicKey(publicKeyPem);
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error('INTERNAL_VERIFY_KEY must be an EC P-256 public key (ES256).');
  }
  return async (token) => {
    const [header, payload, signature, ...rest] = token.split('.');
    if (header !== HEADER || !payload || !signature || rest.length > 0) {
      throw new InternalTokenRefused('invalid');
    }
    if (
      !SIGNATURE.test(signature) ||
      !verify(
        'sha256',
        Buffer.from(`${header}.${payload}`),
        { key, dsaEncoding: 'ieee-p1363' },
        Buffer.from(signature, 'base64url'),
      )
    ) {
      throw new InternalTokenRefused('signature');
    }
    let claims: z.infer<typeof internalClaims>;
    let caller: Caller;
    try {
      const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as JWTPayload;
      claims = internalClaims.parse(decoded);
      caller = callerFromClaims(decoded);
    } catch {
      throw new InternalTokenRefused('invalid');
    }
    const now = Math.floor(Date.now() / 1000);
    if (claims.iss !== INTERNAL_ISSUER) {
      throw new InternalTokenRefused('claim:iss');
    }
    if (claims.aud !== subgraph) {
      throw new InternalTokenRefused('audience');
    }
    if (claims.exp <= now - CLOCK_TOLERANCE_SECONDS) {
      throw new InternalTokenRefused('expired');
    }
    if (claims.nbf !== undefined && claims.nbf > now + CLOCK_TOLERANCE_SECONDS) {
      throw new InternalTokenRefused('claim:nbf');
    }
    const age = now - claims.iat;
    if (
      age < -CLOCK_TOLERANCE_SECONDS ||
      age - CLOCK_TOLERANCE_SECONDS > INTERNAL_MAX_AGE_SECONDS
    ) {
      throw new InternalTokenRefused('claim:iat');
    }
    return {
      caller,
      requestId: claims.rid,
      audienceHash: claims.audh ?? null,
      operationDigest: claims.oph,
      jti: claims.jti,
      exp: claims.exp,
    };
  };
}
