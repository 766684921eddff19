import type { Logger } from './logger';
import { repeatEvery } from './repeat';
import type { RunStatement } from './token-use';

/** How many expired keys one statement deletes (a long backlog goes in several). */
const BATCH = 5_000;

/**
 * Deletes this subgraph's idempotency keys older than `ttlHours`, a batch at a time; returns how
 * many went. A key is kept at least that long, so a client that sends a change again within it
 * gets the first result; after it, the same key makes a new change.
 */
export async function sweepIdempotencyKeys(
  run: RunStatement,
  subgraph: string,
  ttlHours: number,
  /** Checked between batches: a long backlog does not hold up a shutdown. */
  stopping: () => boolean = () => false,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const count = await run(
      `delete from hub.idempotency_key where ctid in (
         select ctid from hub.idempotency_key
          where subgraph = ? and created_at < now() - make_interval(hours => ?)
          limit ${BATCH})`,
      [subgraph, ttlHours],
    );
    deleted += count;
    if (count < BATCH || stopping()) {
      return deleted;
    }
  }
}

/**
 * Sweeps expired idempotency keys at start and every `everySeconds` while the subgraph runs (the
 * table would otherwise grow with every creating mutation for ever). A round that fails (the
 * database away) is tried again on the next; what it deleted is logged as a count only.
 */
export function startIdempotencySweep(
  run: RunStatement,
  subgraph: string,
  ttlHours: number,
  everySeconds: number,
  log: Logger,
): { stop(): Promise<void> } {
  return repeatEvery(async (stopping) => {
    try {
      const deleted = await sweepIdempotencyKeys(run, subgraph, ttlHours, stopping);
      if (deleted > 0) {
        log.info({ deleted, ttlHours }, 'expired idempotency keys deleted');
      }
    } catch (error) {
      log.warn({ err: error }, 'sweeping expired idempotency keys failed; trying again later');
    }
  }, everySeconds * 1000);
}
