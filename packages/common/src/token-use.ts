import type { Logger } from './logger';

/** Runs one statement and says how many rows it changed (the subgraph's own pool). */
export type RunStatement = (sql: string, params: unknown[]) => Promise<number>;

/** One-time ids shared by every replica of a subgraph. */
export interface TokenUseStore {
  /** True the first time any replica is shown this token id, false for every later time. */
  firstUse(jti: string, exp: number): Promise<boolean>;
}

const PURGE_EVERY_MS = 30_000;

/**
 * The one-time ids in `hub.token_use`, one `insert … on conflict do nothing` per accepted token
 * (a second replica shown the same token inserts nothing). Expired ids are purged at most every
 * 30 s, by whichever request comes by, without waiting for it. While the database cannot be
 * reached, each replica's own memory (ReplayGuard) still refuses what it has seen.
 */
export function postgresTokenUse(run: RunStatement, audience: string, log: Logger): TokenUseStore {
  let lastPurge = Date.now();
  let warned = false;
  return {
    firstUse: async (jti, exp) => {
      if (Date.now() - lastPurge > PURGE_EVERY_MS) {
        lastPurge = Date.now();
        run('delete from hub.token_use where expires_at < now()', []).catch(() => undefined);
      }
      try {
        const inserted = await run(
          'insert into hub.token_use (audience, jti, expires_at) values (?, ?, to_timestamp(?)) on conflict do nothing',
          [audience, jti, exp],
        );
        warned = false;
        return inserted === 1;
      } catch {
        if (!warned) {
          warned = true;
          log.warn(
            'one-time token ids: the shared store is unreachable; this replica remembers alone',
          );
        }
        return true;
      }
    },
  };
}
