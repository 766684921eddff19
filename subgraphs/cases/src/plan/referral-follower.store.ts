import type { EntityManager } from '@hub/common';
import { z } from 'zod';

/**
 * What the follower of referral events reads and writes: its cursor (`cases.event_cursor`) and
 * the next referral event of the hub's outbox (`hub.event`, written by the services subgraph),
 * inside the follower's transaction, with parsed rows.
 */

const referralEvent = z
  .object({
    id: z.string(),
    type: z.string(),
    case_id: z.string().nullable(),
    entity_id: z.string(),
    parent_id: z.string(),
    partner: z.string(),
  })
  .transform((row) => ({
    id: row.id,
    type: row.type,
    caseId: row.case_id,
    /** The referral. */
    referralId: row.entity_id,
    /** The plan item the referral carries out. */
    itemId: row.parent_id,
    partner: row.partner,
  }));

/** A referral's event, as the follower applies it to its plan item. */
export type ReferralEventRecord = z.output<typeof referralEvent>;

const inTransaction = (tx: EntityManager, sql: string, params: unknown[], method: 'all' | 'run') =>
  tx.getConnection().execute<unknown[]>(sql, params, method, tx.getTransactionContext());

export const referralFollowerStore = {
  /**
   * Where the follower stands, its row locked for this transaction; null when another replica
   * holds it (skip locked) or the follower has no row.
   */
  async lockCursor(tx: EntityManager, follower: string): Promise<string | null> {
    const rows = await inTransaction(
      tx,
      'select last_id::text from cases.event_cursor where name = ? for update skip locked',
      [follower],
      'all',
    );
    return rows[0] ? z.object({ last_id: z.string() }).parse(rows[0]).last_id : null;
  },

  /** The first referral event for a plan item after `afterId`, if any. */
  async nextReferralEvent(tx: EntityManager, afterId: string): Promise<ReferralEventRecord | null> {
    const rows = await inTransaction(
      tx,
      `select id::text, type, case_id::text, entity_id::text, parent_id::text, partner
         from hub.event
        where id > ? and entity_type = 'Referral' and parent_id is not null
        order by id limit 1`,
      [afterId],
      'all',
    );
    return rows[0] ? referralEvent.parse(rows[0]) : null;
  },

  async moveCursor(tx: EntityManager, follower: string, lastId: string): Promise<void> {
    await inTransaction(
      tx,
      'update cases.event_cursor set last_id = ? where name = ?',
      [lastId, follower],
      'run',
    );
  },
};
