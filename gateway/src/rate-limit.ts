import { createHash } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import { ErrorCode, HubError } from '@hub/common/errors';
import { sendError } from '@hub/common/http';
import { CENTRE_PARTNER_CODE, type Caller } from '@hub/common/identity';
import { type Logger } from '@hub/common/logger';
import type express from 'express';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** The table in the shared `hub` schema that every gateway replica counts in (see hub-schema.ts). */
export const RATE_LIMIT_TABLE = { schema: 'hub', table: 'rate_limit' } as const;

export interface RateLimitSettings {
  perCaller: number;
  perPartner: number;
  costPerCaller: number;
  costPerPartner: number;
  authFailuresPerAddress: number;
  windowSeconds: number;
  /** How long a 429 is held before it is sent (0: at once). */
  refusalDelayMs: number;
}

interface Policy {
  name: string;
  quota: number;
  limiter: RateLimiterAbstract;
}

export interface RateLimits {
  /** After authentication: the caller's and the partner's request rates (429 past either). */
  readonly requests: express.RequestHandler;
  /** On a failed authentication: counts it for the address; true when a 429 was sent instead. */
  refuseFailedAuthentication(req: express.Request, res: express.Response): Promise<boolean>;
  /** Charges an operation's cost to the caller's budget; throws RATE_LIMITED when it is spent. */
  chargeCost(caller: Caller): (cost: number) => Promise<void>;
  close(): Promise<void>;
}

/** The most 429s held back at once (see `refuse`). */
const MAX_HELD = 1000;

/** Keys carry no user id in clear: the table is shared, and ids are nobody's business there. */
const keyOf = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 32);

/** `RateLimit-Policy` / `RateLimit` as in draft-ietf-httpapi-ratelimit-headers (structured fields). */
function rateHeaders(
  entries: { policy: Policy; state: RateLimiterRes }[],
  windowSeconds: number,
): [string, string][] {
  const headers: [string, string][] = [
    [
      'RateLimit-Policy',
      entries.map((e) => `"${e.policy.name}";q=${e.policy.quota};w=${windowSeconds}`).join(', '),
    ],
    [
      'RateLimit',
      entries
        .map(
          (e) =>
            `"${e.policy.name}";r=${Math.max(0, e.state.remainingPoints)};t=${Math.ceil(e.state.msBeforeNext / 1000)}`,
        )
        .join(', '),
    ],
  ];
  return headers;
}

/**
 * Rate limits and the cost budget, counted in PostgreSQL so every gateway replica shares them
 * (rate-limiter-flexible's RateLimiterPostgres on the gateway's own role); an in-memory limiter
 * insures each against a database outage, and without a database (no EVENTS_DATABASE_URL) the
 * counts are per replica.
 */
export function createRateLimits(
  settings: RateLimitSettings,
  databaseUrl: string | undefined,
  log: Logger,
): RateLimits {
  const pool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 6 }) : null;
  pool?.on('error', () => log.warn('rate limit store connection lost'));
  const make = (name: string, points: number, duration = settings.windowSeconds): Policy => {
    const options = { keyPrefix: name, points, duration };
    const memory = new RateLimiterMemory(options);
    const limiter = pool
      ? new RateLimiterPostgres({
          ...options,
          storeClient: pool,
          storeType: 'pool',
          schemaName: RATE_LIMIT_TABLE.schema,
          tableName: RATE_LIMIT_TABLE.table,
          tableCreated: true,
          clearExpiredByTimeout: name === 'caller',
          insuranceLimiter: memory,
          // A key past its quota is refused here without asking the database again.
          inMemoryBlockOnConsumed: points,
        })
      : memory;
    return { name, quota: points, limiter };
  };
  const caller = make('caller', settings.perCaller);
  const partner = make('partner', settings.perPartner);
  const cost = make('cost', settings.costPerCaller);
  // Many tokens of one partner do not multiply its budget.
  const partnerCost = make('partner-cost', settings.costPerPartner);
  const authFailures = make('auth', settings.authFailuresPerAddress);

  /** Consumes, and tells the state whether it was refused or not. */
  const take = async (policy: Policy, key: string, points = 1) => {
    try {
      return { policy, state: await policy.limiter.consume(key, points), refused: false };
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        return { policy, state: error, refused: true };
      }
      throw error;
    }
  };

  const refusal = 'Too many requests: wait for the time in Retry-After, then try again.';

  /**
   * A 429 is sent after `refusalDelayMs`: a client that ignores Retry-After and loops on its
   * refusals gets a handful a second instead of hundreds, so refusing it costs the hub next to
   * nothing. At most MAX_HELD answers wait at once; past that they go at once.
   */
  let held = 0;
  const refuse = (res: express.Response, message: string) => {
    if (settings.refusalDelayMs === 0 || held >= MAX_HELD) {
      sendError(res, 429, ErrorCode.RATE_LIMITED, message);
      return;
    }
    held += 1;
    const release = () => {
      clearTimeout(timer);
      res.off('close', release);
      held -= 1;
    };
    const timer = setTimeout(() => {
      release();
      if (!res.destroyed) {
        sendError(res, 429, ErrorCode.RATE_LIMITED, message);
      }
    }, settings.refusalDelayMs);
    res.once('close', release);
  };

  const costRefusal = (policy: Policy) =>
    `This operation would exceed ${policy.name === 'cost' ? `your cost budget of ${settings.costPerCaller}` : `your partner's cost budget of ${settings.costPerPartner}`} per ${settings.windowSeconds} s: wait for the time in Retry-After, or ask for less.`;

  /**
   * Budgets this replica saw spent, until their window ends: a caller whose operations were
   * refused for cost is refused again at once, before its body is parsed and before any
   * count is asked of the database, so an abuser looping on 429s costs the hub little.
   */
  const spentBudgets = new Map<string, { until: number; policy: Policy; quota: number }>();
  const costKeys = (who: Caller) => [
    { policy: cost, key: `cost:${keyOf(who.partner, who.sub)}` },
    ...(who.partner === CENTRE_PARTNER_CODE
      ? []
      : [{ policy: partnerCost, key: `partner-cost:${keyOf(who.partner)}` }]),
  ];
  const spentBudget = (who: Caller) => {
    const now = Date.now();
    for (const { key } of costKeys(who)) {
      const entry = spentBudgets.get(key);
      if (entry && entry.until > now) {
        return { ...entry, wait: entry.until - now };
      }
      if (entry) {
        spentBudgets.delete(key);
      }
    }
    return undefined;
  };

  return {
    requests: async (_req, res, next) => {
      const who = (res.locals.context as { caller?: Caller } | undefined)?.caller;
      if (!who) {
        next();
        return;
      }
      const budget = spentBudget(who);
      if (budget) {
        const seconds = Math.max(1, Math.ceil(budget.wait / 1000));
        res.setHeader('Retry-After', String(seconds));
        res.setHeader(
          'RateLimit-Policy',
          `"${budget.policy.name}";q=${budget.quota};w=${settings.windowSeconds}`,
        );
        res.setHeader('RateLimit', `"${budget.policy.name}";r=0;t=${seconds}`);
        refuse(res, costRefusal(budget.policy));
        return;
      }
      try {
        const checks = [take(caller, keyOf(who.partner, who.sub))];
        // The Centre's own staff are not held back by a partner's traffic, nor by each other.
        if (who.partner !== CENTRE_PARTNER_CODE) {
          checks.push(take(partner, keyOf(who.partner)));
        }
        const results = await Promise.all(checks);
        for (const [name, value] of rateHeaders(results, settings.windowSeconds)) {
          res.setHeader(name, value);
        }
        const refused = results.filter((r) => r.refused);
        if (refused.length) {
          const wait = Math.max(...refused.map((r) => r.state.msBeforeNext));
          res.setHeader('Retry-After', String(Math.max(1, Math.ceil(wait / 1000))));
          log.info({ policies: refused.map((r) => r.policy.name) }, 'request refused: rate limit');
          refuse(res, refusal);
          return;
        }
        next();
      } catch (error) {
        next(error);
      }
    },
    refuseFailedAuthentication: async (req, res) => {
      const address = req.socket.remoteAddress ?? 'unknown';
      const result = await take(authFailures, keyOf(address));
      if (!result.refused) {
        return false;
      }
      res.setHeader(
        'Retry-After',
        String(Math.max(1, Math.ceil(result.state.msBeforeNext / 1000))),
      );
      for (const [name, value] of rateHeaders([result], settings.windowSeconds)) {
        res.setHeader(name, value);
      }
      log.warn('request refused: too many failed authentications from one address');
      refuse(res, refusal);
      return true;
    },
    chargeCost: (who) => async (points) => {
      const spent = Math.max(1, points);
      const results = await Promise.all([
        take(cost, keyOf(who.partner, who.sub), spent),
        ...(who.partner === CENTRE_PARTNER_CODE
          ? []
          : [take(partnerCost, keyOf(who.partner), spent)]),
      ]);
      const result = results.find((r) => r.refused);
      if (result) {
        const key = costKeys(who).find((entry) => entry.policy === result.policy)!.key;
        if (spentBudgets.size > 10_000) {
          spentBudgets.clear();
        }
        spentBudgets.set(key, {
          until: Date.now() + result.state.msBeforeNext,
          policy: result.policy,
          quota: result.policy.quota,
        });
        const headers = new HeaderMap([
          ['retry-after', String(Math.max(1, Math.ceil(result.state.msBeforeNext / 1000)))],
          ...rateHeaders([result], settings.windowSeconds).map(
            ([name, value]) => [name.toLowerCase(), value] as [string, string],
          ),
        ]);
        throw new HubError(ErrorCode.RATE_LIMITED, costRefusal(result.policy), {
          http: { status: 429, headers },
        });
      }
    },
    close: async () => {
      await pool?.end();
    },
  };
}
