import type express from 'express';
import { ErrorCode } from './errors';
import { requestIdOf, sendError } from './http';
import {
  graphqlOperation,
  httpOperation,
  INTERNAL_IDENTITY_HEADER,
  operationDigest,
  OPERATION_HEADER,
  REQUEST_ID_HEADER,
  InternalTokenRefused,
  type InternalVerifier,
} from './identity';
import type { Logger } from './logger';
import type { TokenUseStore } from './token-use';

/**
 * The one-time ids of the tokens this subgraph has accepted, each kept until its token expires:
 * a token seen a second time is refused. Tokens arrive in roughly the order they expire (one
 * lifetime for all), so expired ids are swept from the front of the insertion-ordered map.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  /** True the first time a token id is presented, false for every later time. */
  firstUse(jti: string, exp: number, now = Date.now() / 1000): boolean {
    for (const [id, expires] of this.seen) {
      if (expires >= now) {
        break;
      }
      this.seen.delete(id);
    }
    if (this.seen.has(jti)) {
      return false;
    }
    this.seen.set(jti, exp);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}

/**
 * Refused calls to a subgraph are security events: logged, but at most `burst` per `windowMs`,
 * so a flood of forged calls cannot flood the log; the next line logged says how many were left
 * out.
 */
export function securityEventLog(log: Logger, burst = 20, windowMs = 60_000) {
  let windowStart = 0;
  let logged = 0;
  let suppressed = 0;
  return (event: Record<string, unknown>) => {
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      logged = 0;
    }
    if (logged >= burst) {
      suppressed += 1;
      return;
    }
    logged += 1;
    log.warn(
      { securityEvent: 'internal-call-refused', ...event, ...(suppressed ? { suppressed } : {}) },
      'security event: a call to this subgraph was refused',
    );
    suppressed = 0;
  };
}

/** Why a token was refused, in words for the security log (never the token itself). */
const refusalReason = (error: unknown): string =>
  error instanceof InternalTokenRefused ? error.reason : 'invalid';

/**
 * Only the gateway may call a subgraph: every request carries a token the gateway signed for this
 * subgraph, this request and this operation, used once. `identify` checks the token when the
 * request arrives; `bindGraphQL` and `bindHttp` check, once the body is read, that it is the
 * operation the token was signed for. The one-time id is checked in this replica's memory at once
 * and, with a `shared` store, for every replica of the subgraph: that round trip runs while the
 * body is read, and `bind` waits for it.
 */
export function createGatekeeper(verify: InternalVerifier, log: Logger, shared?: TokenUseStore) {
  const replays = new ReplayGuard();
  const securityEvent = securityEventLog(log);
  const refuse = (req: express.Request, res: express.Response, reason: string) => {
    securityEvent({
      reason,
      requestId: res.locals.requestId ?? req.get(REQUEST_ID_HEADER)?.slice(0, 100),
      address: req.socket.remoteAddress,
      path: req.originalUrl.split('?')[0].slice(0, 200),
    });
    sendError(
      res,
      401,
      ErrorCode.UNAUTHENTICATED,
      reason === 'missing'
        ? 'This service accepts requests from the hub gateway only.'
        : 'The internal identity token is invalid, expired or already used.',
    );
  };

  const identify: express.RequestHandler = async (req, res, next) => {
    const token = req.get(INTERNAL_IDENTITY_HEADER);
    if (!token) {
      refuse(req, res, 'missing');
      return;
    }
    let identity;
    try {
      identity = await verify(token);
    } catch (error) {
      refuse(req, res, refusalReason(error));
      return;
    }
    if (!replays.firstUse(identity.jti, identity.exp)) {
      refuse(req, res, 'replayed');
      return;
    }
    res.locals.firstUse = shared?.firstUse(identity.jti, identity.exp);
    res.locals.audienceHash = identity.audienceHash;
    res.locals.operationDigest = identity.operationDigest;
    res.locals.caller = identity.caller;
    res.locals.requestId = identity.requestId || requestIdOf(req);
    const operation = req.get(OPERATION_HEADER);
    res.locals.operation =
      operation && /^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(operation) ? operation : null;
    res.setHeader(REQUEST_ID_HEADER, res.locals.requestId);
    next();
  };

  const bind =
    (operationOf: (req: express.Request) => string): express.RequestHandler =>
    async (req, res, next) => {
      if (operationDigest(operationOf(req)) !== res.locals.operationDigest) {
        refuse(req, res, 'operation');
        return;
      }
      if (res.locals.firstUse && !(await (res.locals.firstUse as Promise<boolean>))) {
        refuse(req, res, 'replayed');
        return;
      }
      next();
    };

  return {
    identify,
    bindGraphQL: bind((req) => {
      const body = (req.body ?? {}) as { query?: unknown; variables?: unknown };
      return graphqlOperation(typeof body.query === 'string' ? body.query : '', body.variables);
    }),
    bindHttp: bind((req) => httpOperation(req.method, req.originalUrl)),
  };
}
