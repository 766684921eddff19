import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';

/**
 * The one home of SQL over `hub.case_seal` (a closed case is sealed to CORE) and
 * `hub.break_glass` (a supervisor's time-boxed emergency access to a sealed case): the consent
 * check reads them, the cases subgraph writes them, through these named queries with parsed rows.
 */

/** A read, on the pool: as committed now. */
const read = (em: EntityManager, sql: string, params: unknown[]) =>
  em.getConnection().execute<unknown[]>(sql, params);

/** A write, inside the transaction `em` belongs to (with its event, see changeWithEvent). */
const write = (em: EntityManager, sql: string, params: unknown[]) =>
  em
    .getConnection()
    .execute<{ affectedRows: number }>(sql, params, 'run', em.getTransactionContext());

const caseIdRow = z.object({ case_id: z.string() });
const date = z.coerce.date();

const sessionRow = z
  .object({
    id: z.string(),
    case_id: z.string(),
    supervisor: z.string(),
    justification: z.string(),
    started_at: date,
    expires_at: date,
    reviewed_by: z.string().nullable(),
    reviewed_at: date.nullable(),
    review_note: z.string().nullable(),
    // count(*) is a bigint, which the driver gives as text.
    accesses: z.coerce.number().int(),
  })
  .transform((row) => ({
    id: row.id,
    caseId: row.case_id,
    supervisor: row.supervisor,
    justification: row.justification,
    startedAt: row.started_at,
    expiresAt: row.expires_at,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    reviewNote: row.review_note,
    /** How many access-log rows the session produced. */
    accesses: row.accesses,
  }));

/** A break-glass session as recorded, with how many reads it made. */
export type BreakGlassRecord = z.output<typeof sessionRow>;

const openSession = z.object({ id: z.string(), case_id: z.string() });

const SESSIONS = `select b.*, (select count(*) from hub.access_log l where l.basis = 'BREAK_GLASS:' || b.id) as accesses
  from hub.break_glass b`;

export const sealStore = {
  /** Which of these cases are sealed (one statement). */
  async sealedAmong(em: EntityManager, caseIds: string[]): Promise<Set<string>> {
    const rows = await read(em, 'select case_id from hub.case_seal where case_id in (?)', [
      caseIds,
    ]);
    return new Set(
      z
        .array(caseIdRow)
        .parse(rows)
        .map((row) => row.case_id),
    );
  },

  async isSealed(em: EntityManager, caseId: string): Promise<boolean> {
    return (await sealStore.sealedAmong(em, [caseId])).size > 0;
  },

  /** Seals a case as it closes, in the closing transaction. */
  async seal(em: EntityManager, caseId: string, by: string): Promise<void> {
    await write(
      em,
      'insert into hub.case_seal (case_id, sealed_at, sealed_by) values (?, now(), ?)',
      [caseId, by],
    );
  },
};

export const breakGlassStore = {
  /** Each case's session of this supervisor's that is running now, if any (one statement). */
  async runningFor(
    em: EntityManager,
    supervisor: string,
    caseIds: string[],
  ): Promise<Map<string, string>> {
    const rows = await read(
      em,
      `select id, case_id from hub.break_glass
        where supervisor = ? and case_id in (?) and started_at <= now() and expires_at > now()`,
      [supervisor, caseIds],
    );
    return new Map(
      z
        .array(openSession)
        .parse(rows)
        .map((row) => [row.case_id, row.id]),
    );
  },

  /** Opens a session from now for `minutes`, in the transaction `em` belongs to. */
  async open(
    em: EntityManager,
    session: {
      id: string;
      caseId: string;
      supervisor: string;
      justification: string;
      minutes: number;
    },
  ): Promise<void> {
    await write(
      em,
      `insert into hub.break_glass (id, case_id, supervisor, justification, started_at, expires_at)
       values (?, ?, ?, ?, now(), now() + make_interval(mins => ?))`,
      [session.id, session.caseId, session.supervisor, session.justification, session.minutes],
    );
  },

  /**
   * Records the review of a session not yet reviewed, in the transaction `em` belongs to; false
   * when it already was (the row lock decides between simultaneous reviews).
   */
  async review(em: EntityManager, id: string, by: string, note: string): Promise<boolean> {
    const { affectedRows } = await write(
      em,
      'update hub.break_glass set reviewed_by = ?, reviewed_at = now(), review_note = ? where id = ? and reviewed_by is null',
      [by, note, id],
    );
    return affectedRows === 1;
  },

  async byId(em: EntityManager, id: string): Promise<BreakGlassRecord | null> {
    const rows = await read(em, `${SESSIONS} where b.id = ?`, [id]);
    return rows[0] ? sessionRow.parse(rows[0]) : null;
  },

  /** Every session not yet reviewed, oldest first. */
  async awaitingReview(em: EntityManager): Promise<BreakGlassRecord[]> {
    const rows = await read(
      em,
      `${SESSIONS} where b.reviewed_by is null order by b.started_at`,
      [],
    );
    return z.array(sessionRow).parse(rows);
  },

  /** A case's sessions that started in [from, to) (from null: since the first), oldest first. */
  async forCase(
    em: EntityManager,
    caseId: string,
    from: Date | null,
    to: Date,
  ): Promise<BreakGlassRecord[]> {
    const rows = await read(
      em,
      `${SESSIONS} where b.case_id = ? and b.started_at >= coalesce(?::timestamptz, '-infinity')
        and b.started_at < ?::timestamptz order by b.started_at`,
      [caseId, from, to],
    );
    return z.array(sessionRow).parse(rows);
  },
};
