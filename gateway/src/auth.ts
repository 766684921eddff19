import { callerFromClaims, type Caller } from '@hub/common/identity';
import {
  createRemoteJWKSet,
  errors,
  importSPKI,
  jwtVerify,
  type JWTVerifyGetKey,
  type CryptoKey,
} from 'jose';
import { LRUCache } from 'lru-cache';
import type { GatewayConfig } from './config';

/** Why a bearer token was refused; the message is safe to show the caller. */
export class AuthenticationError extends Error {}

export type Authenticator = (authorization: string | undefined) => Promise<Caller>;

/** How many verified tokens are remembered (the oldest is forgotten first). */
const VERIFIED_TOKENS = 10_000;

/**
 * Verifies callers' bearer JWTs (ES256/RS256) against a JWKS URL or a configured public key. A
 * token once verified is remembered until its `exp`, in this process only, so a caller sending
 * many requests (a screen, an integration, or an abuser looping on 429s) costs one signature
 * check per token, not one per request; a token refused is checked every time. The memory is
 * keyed by the whole token text, so it gives back only the caller that token itself names; it
 * holds at most VERIFIED_TOKENS, the least recently used forgotten first (lru-cache), each gone
 * at its token's expiry.
 */
export async function createAuthenticator(config: GatewayConfig): Promise<Authenticator> {
  let key: JWTVerifyGetKey | CryptoKey;
  if (config.JWT_JWKS_URL) {
    key = createRemoteJWKSet(new URL(config.JWT_JWKS_URL), {
      cooldownDuration: 30_000,
      timeoutDuration: 5_000,
    });
  } else {
    key = await importSPKI(config.JWT_PUBLIC_KEY!, config.JWT_ALGORITHMS[0]);
  }
  const verified = new LRUCache<string, { caller: Caller; exp: number }>({ max: VERIFIED_TOKENS });
  return async (authorization) => {
    if (!authorization) {
      throw new AuthenticationError('Missing bearer token: send "Authorization: Bearer <JWT>".');
    }
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(
      authorization.trim(),
    );
    if (!match) {
      throw new AuthenticationError('Malformed Authorization header: expected "Bearer <JWT>".');
    }
    const remembered = verified.get(match[1]);
    if (remembered && remembered.exp > Date.now() / 1000) {
      return remembered.caller;
    }
    try {
      const { payload } = await jwtVerify(match[1], key as CryptoKey, {
        algorithms: config.JWT_ALGORITHMS,
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      });
      const caller = callerFromClaims(payload);
      const ttl = payload.exp! * 1000 - Date.now();
      if (ttl > 0) {
        verified.set(match[1], { caller, exp: payload.exp! }, { ttl });
      }
      return caller;
    } catch (error) {
      throw new AuthenticationError(describeRefusal(error));
    }
  };
}

function describeRefusal(error: unknown): string {
  if (error instanceof errors.JWTExpired) {
    return 'The token has expired.';
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  ) {
    return 'The token signature is not valid for this hub.';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `The token's "${error.claim}" claim is not accepted.`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return 'The token is signed with an algorithm this hub does not accept.';
  }
  if (error instanceof Error && error.name === 'ZodError') {
    return 'The token lacks the hub claims "sub" and "partner", or they are malformed.';
  }
  return 'The token is not valid.';
}
