import type { EntityManager, KeysetQuery } from '@hub/common';
import { z } from 'zod';

/**
 * Reading a case's history (`hub.case_history`, the case's events from the hub's outbox) as named
 * queries with parsed rows.
 */

const eventRow = z
  .object({
    id: z.string(),
    case_id: z.string(),
    at: z.coerce.date(),
    type: z.string(),
    entity_type: z.string(),
    entity_id: z.string(),
    partner: z.string(),
  })
  .transform((row) => ({
    id: row.id,
    caseId: row.case_id,
    at: row.at,
    type: row.type,
    entityType: row.entity_type,
    entityId: row.entity_id,
    partner: row.partner,
  }));

/** One event of a case's history. */
export type CaseEventRecord = z.output<typeof eventRow>;

const COLUMNS =
  'event_id::text as id, case_id::text, at, type, entity_type, entity_id::text, partner';

const read = async (em: EntityManager, sql: string, params: unknown[]) =>
  z.array(eventRow).parse(await em.getConnection().execute<unknown[]>(sql, params));

export const timelineStore = {
  /** The history of each of these cases, oldest first (one statement). */
  ofCases(em: EntityManager, caseIds: readonly string[]): Promise<CaseEventRecord[]> {
    return read(
      em,
      `select ${COLUMNS} from hub.case_history where case_id in (?) order by event_id`,
      [[...caseIds]],
    );
  },

  /** A case's history as a keyset source, oldest first (see keysetPage). */
  pageOfCase(caseId: string): KeysetQuery {
    return {
      from: 'from hub.case_history h where h.case_id = ?',
      params: [caseId],
      keys: [],
      id: 'h.event_id',
      idType: 'bigint',
      direction: 'asc',
    };
  },

  byIds(em: EntityManager, ids: string[]): Promise<CaseEventRecord[]> {
    return read(em, `select ${COLUMNS} from hub.case_history where event_id in (?)`, [ids]);
  },
};
