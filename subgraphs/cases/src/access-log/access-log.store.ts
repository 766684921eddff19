import { DataCategory, type EntityManager, type KeysetQuery } from '@hub/common';
import { z } from 'zod';

/**
 * Reading the access log (`hub.access_log`, written by every subgraph through the shared kit's
 * writer and verified there): a case's entries and the person's access report, as named queries
 * with parsed rows.
 */

const date = z.coerce.date();

const entryRow = z
  .object({
    id: z.string(),
    case_id: z.string(),
    at: date,
    actor: z.string(),
    partner: z.string(),
    decision: z.enum(['ALLOWED', 'DENIED']),
    categories: z.array(z.enum(DataCategory)),
    basis: z.string(),
    break_glass: z.boolean(),
    audience: z.array(z.string()),
    operation: z.string().nullable(),
    subgraph: z.string(),
  })
  .transform((row) => ({
    id: row.id,
    caseId: row.case_id,
    at: row.at,
    actor: row.actor,
    partner: row.partner,
    decision: row.decision,
    categories: row.categories,
    basis: row.basis,
    breakGlass: row.break_glass,
    audience: row.audience,
    operation: row.operation,
    subgraph: row.subgraph,
  }));

export type AccessLogRecord = z.output<typeof entryRow>;

const COLUMNS =
  'id::text, case_id::text, at, actor, partner, decision, categories, basis, break_glass, audience, operation, subgraph';

const lineRow = z
  .object({
    partner: z.string(),
    category: z.enum(DataCategory),
    decision: z.string(),
    basis: z.string(),
    entries: z.number().int(),
    users: z.number().int(),
    first_at: date,
    last_at: date,
  })
  .transform((row) => ({
    partner: row.partner,
    category: row.category,
    decision: row.decision,
    basis: row.basis,
    entries: row.entries,
    users: row.users,
    firstAt: row.first_at,
    lastAt: row.last_at,
  }));

/** One line of a person's access report (see reportLines). */
export type AccessReportLineRecord = z.output<typeof lineRow>;

/**
 * One line per partner, category, decision and kind of basis (`GRANT:<ids>` → GRANT). Users are
 * the actor and, for a live update read once for several subscribers, each of them.
 */
const LINES = `select l.partner, c.category, l.decision, split_part(l.basis, ':', 1) as basis,
    count(distinct l.id)::int as entries, count(distinct u.who)::int as users,
    min(l.at) as first_at, max(l.at) as last_at
  from hub.access_log l
  cross join lateral unnest(l.categories) as c(category)
  cross join lateral unnest(array_append(l.audience, l.actor)) as u(who)
  where l.case_id = ? and l.id <= ?::bigint
    and l.at >= coalesce(?::timestamptz, '-infinity') and l.at < ?::timestamptz
  group by l.partner, c.category, l.decision, split_part(l.basis, ':', 1)
  order by l.partner, c.category, l.decision, 4`;

const read = (em: EntityManager, sql: string, params: unknown[]) =>
  em.getConnection().execute<unknown[]>(sql, params);

export const accessLogStore = {
  /** A case's newest entries first. */
  async newestOfCase(em: EntityManager, caseId: string, first: number): Promise<AccessLogRecord[]> {
    const rows = await read(
      em,
      `select ${COLUMNS} from hub.access_log where case_id = ? order by access_log.id desc limit ?`,
      [caseId, first],
    );
    return z.array(entryRow).parse(rows);
  },

  /** A case's entries as a keyset source, newest first (see keysetPage). */
  pageOfCase(caseId: string): KeysetQuery {
    return {
      from: 'from hub.access_log l where l.case_id = ?',
      params: [caseId],
      keys: [],
      id: 'l.id',
      idType: 'bigint',
      direction: 'desc',
    };
  },

  async byIds(em: EntityManager, ids: string[]): Promise<AccessLogRecord[]> {
    const rows = await read(
      em,
      `select ${COLUMNS} from hub.access_log where id in (${ids.map(() => '?').join(', ')})`,
      ids,
    );
    return z.array(entryRow).parse(rows);
  },

  /** The access report's lines: entries of the case up to `upTo` (an id) in [from, to). */
  async reportLines(
    em: EntityManager,
    caseId: string,
    upTo: string,
    from: Date | null,
    to: Date,
  ): Promise<AccessReportLineRecord[]> {
    return z.array(lineRow).parse(await read(em, LINES, [caseId, upTo, from, to]));
  },

  /** When the case's first entry up to `upTo` (an id) was made; null: none. */
  async firstAt(em: EntityManager, caseId: string, upTo: string): Promise<Date | null> {
    const rows = await read(
      em,
      'select min(at) as at from hub.access_log where case_id = ? and id <= ?::bigint',
      [caseId, upTo],
    );
    return z.object({ at: date.nullable() }).parse(rows[0] ?? { at: null }).at;
  },
};
