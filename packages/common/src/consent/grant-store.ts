import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { DataCategory } from '../categories';

/**
 * The one home of SQL over `hub.consent_grant`: every subgraph that asks "which grants are in
 * force" or records one goes through these named queries, and gets parsed rows back, not casts.
 * The cases subgraph alone writes grants (the database role says so too).
 */

/** A piece of SQL with its own parameters, to put into a caller's where clause. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** "This grant is in force now". */
const IN_FORCE =
  'revoked_at is null and valid_from <= now() and (valid_until is null or valid_until > now())';

const categories = z.array(z.enum(DataCategory));
const date = z.coerce.date();

const grantRow = z
  .object({
    id: z.string(),
    case_id: z.string(),
    grantee_code: z.string(),
    categories,
    purpose: z.string(),
    legal_basis: z.string(),
    legal_provision: z.string().nullable(),
    given_by: z.string(),
    authority: z.string().nullable(),
    valid_from: date,
    valid_until: date.nullable(),
    evidence: z.string(),
    recorded_by: z.string(),
    recorded_at: date,
    revoked_at: date.nullable(),
    revoked_by: z.string().nullable(),
    revocation_reason: z.string().nullable(),
    active: z.boolean(),
  })
  .transform((row) => ({
    id: row.id,
    caseId: row.case_id,
    granteeCode: row.grantee_code,
    categories: row.categories,
    purpose: row.purpose,
    legalBasis: row.legal_basis,
    legalProvision: row.legal_provision,
    givenBy: row.given_by,
    authority: row.authority,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    evidence: row.evidence,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    revocationReason: row.revocation_reason,
    /** In force now. */
    active: row.active,
  }));

/** A grant as recorded, with whether it is in force now. */
export type GrantRecord = z.output<typeof grantRow>;

/** A grant in force, as the consent check needs it. */
export interface ActiveGrant {
  id: string;
  caseId: string;
  categories: DataCategory[];
}

const activeGrant = z
  .object({ id: z.string(), case_id: z.string(), categories })
  .transform((row): ActiveGrant => ({
    id: row.id,
    caseId: row.case_id,
    categories: row.categories,
  }));

const accessEnd = z.object({ open: z.boolean().nullable(), until: date.nullable() });

/** What recording a grant takes (CORE among the categories: every grant names it). */
export interface NewGrant {
  id: string;
  caseId: string;
  granteeCode: string;
  categories: DataCategory[];
  purpose: string;
  legalBasis: string;
  legalProvision: string | null;
  givenBy: string;
  authority: string | null;
  validFrom: Date;
  validUntil: Date | null;
  evidence: string;
  recordedBy: string;
}

const SELECT = `select *, (${IN_FORCE}) as active from hub.consent_grant`;

/** A read, on the pool: grants as they are committed now. */
const read = (em: EntityManager, sql: string, params: unknown[]) =>
  em.getConnection().execute<unknown[]>(sql, params);

/** A write, inside the transaction `em` belongs to (with its event, see changeWithEvent). */
const write = (em: EntityManager, sql: string, params: unknown[]) =>
  em
    .getConnection()
    .execute<{ affectedRows: number }>(sql, params, 'run', em.getTransactionContext());

export const grantStore = {
  /**
   * The cases `partner` holds a grant in force for — one that names `category`, when given — as
   * a condition on a case id column: `<column> in (select …)`.
   */
  grantedCases(column: string, partner: string, category?: DataCategory): SqlFragment {
    return category
      ? {
          sql: `${column} in (select case_id from hub.consent_grant where grantee_code = ? and ? = any(categories) and ${IN_FORCE})`,
          params: [partner, category],
        }
      : {
          sql: `${column} in (select case_id from hub.consent_grant where grantee_code = ? and ${IN_FORCE})`,
          params: [partner],
        };
  },

  /** The grants in force for `grantee` on each of these cases (one statement). */
  async inForce(em: EntityManager, grantee: string, caseIds: string[]): Promise<ActiveGrant[]> {
    const rows = await read(
      em,
      `select id, case_id, categories from hub.consent_grant
        where grantee_code = ? and case_id in (?) and ${IN_FORCE}`,
      [grantee, caseIds],
    );
    return z.array(activeGrant).parse(rows);
  },

  /** The categories `grantee`'s grants in force name for the case (CORE: when there is one). */
  async grantedCategories(
    em: EntityManager,
    grantee: string,
    caseId: string,
  ): Promise<Set<DataCategory>> {
    const grants = await grantStore.inForce(em, grantee, [caseId]);
    return new Set(
      grants.length ? [DataCategory.CORE, ...grants.flatMap((grant) => grant.categories)] : [],
    );
  },

  /**
   * When `grantee`'s access to this category of the case ends by time alone: the latest end among
   * its grants in force that cover it (CORE: any grant). `open`: one of them has no end; both
   * null: no such grant.
   */
  async accessEnds(
    em: EntityManager,
    grantee: string,
    caseId: string,
    category: DataCategory,
  ): Promise<{ open: boolean | null; until: Date | null }> {
    const rows = await read(
      em,
      `select bool_or(valid_until is null) as open, max(valid_until) as until
         from hub.consent_grant
        where grantee_code = ? and case_id = ? and ${IN_FORCE}
          and (? = 'CORE' or ? = any(categories))`,
      [grantee, caseId, category, category],
    );
    return accessEnd.parse(rows[0] ?? { open: null, until: null });
  },

  async byId(em: EntityManager, id: string): Promise<GrantRecord | null> {
    const rows = await read(em, `${SELECT} where id = ?`, [id]);
    return rows[0] ? grantRow.parse(rows[0]) : null;
  },

  /** Every grant of a case, newest first, revoked and expired ones included. */
  async forCase(em: EntityManager, caseId: string): Promise<GrantRecord[]> {
    const rows = await read(em, `${SELECT} where case_id = ? order by recorded_at desc, id`, [
      caseId,
    ]);
    return z.array(grantRow).parse(rows);
  },

  /** The grants in force for a partner, newest first. */
  async inForceFor(em: EntityManager, grantee: string): Promise<GrantRecord[]> {
    const rows = await read(
      em,
      `${SELECT} where grantee_code = ? and ${IN_FORCE} order by recorded_at desc, id`,
      [grantee],
    );
    return z.array(grantRow).parse(rows);
  },

  /** Records a grant, in the transaction `em` belongs to. */
  async insert(em: EntityManager, grant: NewGrant): Promise<void> {
    await write(
      em,
      `insert into hub.consent_grant
        (id, case_id, grantee_code, categories, purpose, legal_basis, legal_provision, given_by,
         authority, valid_from, valid_until, evidence, recorded_by, recorded_at)
       values (?, ?, ?, array[?]::text[], ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?, now())`,
      [
        grant.id,
        grant.caseId,
        grant.granteeCode,
        grant.categories,
        grant.purpose,
        grant.legalBasis,
        grant.legalProvision,
        grant.givenBy,
        grant.authority,
        grant.validFrom.toISOString(),
        grant.validUntil?.toISOString() ?? null,
        grant.evidence,
        grant.recordedBy,
      ],
    );
  },

  /**
   * Revokes a grant not yet revoked, in the transaction `em` belongs to; false when it already
   * was (the row lock decides between simultaneous revocations: the later one changes nothing).
   */
  async revoke(em: EntityManager, id: string, by: string, reason: string): Promise<boolean> {
    const { affectedRows } = await write(
      em,
      'update hub.consent_grant set revoked_at = now(), revoked_by = ?, revocation_reason = ? where id = ? and revoked_at is null',
      [by, reason, id],
    );
    return affectedRows === 1;
  },
};
