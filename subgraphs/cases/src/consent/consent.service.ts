import {
  ACTIVE_GRANT_SQL,
  asDate,
  changeWithEvent,
  rowForChange,
  childOn,
  execute,
  DataCategory,
  ErrorCode,
  HubError,
  notFound,
  refTo,
  requirePartners,
  isCentre,
  seesAllCases,
  today,
  UUID,
  type HubContext,
  requireCaseStaff,
} from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Case } from '../case/case.entity';
import { PartnerRef } from '../partner/partner.ref';
import { ConsentGrant, GivenBy, LegalBasis, type GrantConsentInput } from './consent.types';

interface GrantRow {
  id: string;
  case_id: string;
  grantee_code: string;
  categories: DataCategory[];
  purpose: string;
  legal_basis: string;
  legal_provision: string | null;
  given_by: string;
  authority: string | null;
  valid_from: Date;
  valid_until: Date | null;
  evidence: string;
  recorded_by: string;
  recorded_at: Date;
  revoked_at: Date | null;
  revoked_by: string | null;
  revocation_reason: string | null;
  active: boolean;
}

const SELECT = `select *, (${ACTIVE_GRANT_SQL}) as active from hub.consent_grant`;

function toGrant(row: GrantRow): ConsentGrant {
  return Object.assign(new ConsentGrant(), {
    id: row.id,
    caseId: row.case_id,
    granteeCode: row.grantee_code,
    grantee: refTo(PartnerRef, row.grantee_code, 'code')!,
    categories: row.categories,
    purpose: row.purpose,
    legalBasis: row.legal_basis,
    legalProvision: row.legal_provision,
    givenBy: row.given_by,
    authority: row.authority,
    validFrom: asDate(row.valid_from)!,
    validUntil: asDate(row.valid_until),
    evidence: row.evidence,
    recordedBy: row.recorded_by,
    recordedAt: asDate(row.recorded_at)!,
    revokedAt: asDate(row.revoked_at),
    revokedBy: row.revoked_by,
    revocationReason: row.revocation_reason,
    active: row.active,
  });
}

const invalid = (message: string, field: string) =>
  new HubError(ErrorCode.BAD_USER_INPUT, message, { field });

/**
 * Recording and withdrawing consent. Only Centre case workers and supervisors record grants;
 * grants are never edited: a change of scope is a revocation and a new grant, so the history of
 * who could see what, when, is kept.
 */
export class ConsentService {
  constructor(private readonly ctx: HubContext) {}

  private get connection() {
    return this.ctx.em.getConnection();
  }

  private requireCentreStaff(): void {
    requireCaseStaff(this.ctx.caller, {
      refusal: 'Only Centre case workers and supervisors record or withdraw consent.',
    });
  }

  async grant(input: GrantConsentInput, idempotencyKey?: string | null): Promise<ConsentGrant> {
    this.requireCentreStaff();
    const kase = await this.ctx.em.findOne(Case, { id: input.caseId });
    if (!kase) {
      throw notFound('The case');
    }
    const validFrom = input.validFrom ?? new Date();
    if (input.validUntil && input.validUntil <= validFrom) {
      throw invalid('validUntil must be after validFrom.', 'validUntil');
    }
    if (input.legalBasis === LegalBasis.CONSENT) {
      if (input.givenBy === GivenBy.AUTHORITY) {
        throw invalid(
          'Consent is given by the victim or, for a child, the legal guardian.',
          'givenBy',
        );
      }
      // A person comes of age on their birthday in Belgrade (not in UTC, which is an hour or two
      // behind); unknown birth dates are not known to be children.
      const child = childOn(kase.person?.dateOfBirth, today()) === true;
      if (child && input.givenBy !== GivenBy.LEGAL_GUARDIAN) {
        throw invalid('The person is a child: consent is given by the legal guardian.', 'givenBy');
      }
    } else {
      if (input.givenBy !== GivenBy.AUTHORITY) {
        throw invalid(
          `For the legal basis ${input.legalBasis}, set givenBy to AUTHORITY (a victim or guardian gives CONSENT).`,
          'givenBy',
        );
      }
      if (!input.authority?.trim()) {
        throw invalid(
          `For the legal basis ${input.legalBasis}, set authority to the body that decided (e.g. "Основни суд у Београду").`,
          'authority',
        );
      }
      if (input.legalBasis === LegalBasis.LEGAL_OBLIGATION && !input.legalProvision?.trim()) {
        throw invalid(
          'For LEGAL_OBLIGATION, set legalProvision to the provision that obliges the sharing (e.g. "ЗКП, члан 282").',
          'legalProvision',
        );
      }
    }
    const categories = [...new Set([DataCategory.CORE, ...input.categories])];
    const made = await changeWithEvent(
      this.ctx,
      async (em) => {
        await requirePartners(em, [{ field: 'grantee', value: input.grantee }]);
        const id = randomUUID();
        await execute(
          em,
          `insert into hub.consent_grant
        (id, case_id, grantee_code, categories, purpose, legal_basis, legal_provision, given_by, authority,
         valid_from, valid_until, evidence, recorded_by, recorded_at)
       values (?, ?, ?, array[?]::text[], ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?, now())`,
          [
            id,
            input.caseId,
            input.grantee,
            categories,
            input.purpose,
            input.legalBasis,
            input.legalProvision ?? null,
            input.givenBy,
            input.authority ?? null,
            validFrom.toISOString(),
            input.validUntil?.toISOString() ?? null,
            input.evidence,
            this.ctx.caller.sub,
          ],
        );
        return {
          result: { id },
          event: {
            type: 'CONSENT_GRANTED',
            caseId: input.caseId,
            entityType: 'ConsentGrant',
            entityId: id,
            concerns: input.grantee,
          },
        };
      },
      {
        key: idempotencyKey,
        operation: 'grantConsent',
        input,
        replay: async (_em, id) => ({ id }),
      },
    );
    return (await this.byId(made.id))!;
  }

  async revoke(grantId: string, reason: string): Promise<ConsentGrant> {
    this.requireCentreStaff();
    if (reason.trim().length < 3) {
      throw invalid('Say why the consent is withdrawn.', 'reason');
    }
    const existing = await this.byId(grantId);
    if (!existing) {
      throw notFound('The grant');
    }
    if (existing.revokedAt) {
      throw new HubError(ErrorCode.ALREADY_REVOKED, 'This grant was already revoked.');
    }
    await changeWithEvent(this.ctx, async (em) => {
      // The row lock decides between simultaneous revocations: the later one updates nothing.
      const { affectedRows } = (await execute(
        em,
        `update hub.consent_grant set revoked_at = now(), revoked_by = ?, revocation_reason = ? where id = ? and revoked_at is null`,
        [this.ctx.caller.sub, reason.trim(), grantId],
      )) as { affectedRows: number };
      if (affectedRows !== 1) {
        throw new HubError(ErrorCode.ALREADY_REVOKED, 'This grant was already revoked.');
      }
      return {
        result: undefined,
        event: {
          type: 'CONSENT_REVOKED',
          caseId: existing.caseId,
          entityType: 'ConsentGrant',
          entityId: grantId,
          concerns: existing.granteeCode,
        },
      };
    });
    return (await this.byId(grantId))!;
  }

  async byId(id: string): Promise<ConsentGrant | null> {
    const rows = await this.connection.execute<GrantRow[]>(`${SELECT} where id = ?`, [id]);
    return rows[0] ? toGrant(rows[0]) : null;
  }

  /** Every grant of a case, newest first, revoked and expired ones included (Centre staff only). */
  async history(caseId: string): Promise<ConsentGrant[] | null> {
    if (!seesAllCases(this.ctx.caller)) {
      return null;
    }
    const rows = await this.connection.execute<GrantRow[]>(
      `${SELECT} where case_id = ? order by recorded_at desc, id`,
      [caseId],
    );
    return rows.map(toGrant);
  }

  /** The grants in force for the caller's own partner. */
  async mine(): Promise<ConsentGrant[]> {
    const rows = await this.connection.execute<GrantRow[]>(
      `${SELECT} where grantee_code = ? and ${ACTIVE_GRANT_SQL} order by recorded_at desc, id`,
      [this.ctx.caller.partner],
    );
    return rows.map(toGrant);
  }

  /**
   * When your partner's access to this category of this case ends by time alone: the latest end
   * among the active grants covering it (CORE: any grant), or null when one of them is
   * open-ended, or when you have no such access (or are Centre staff, whose access is by role).
   */
  async accessExpiresAt(caseId: string, category: DataCategory): Promise<Date | null> {
    if (isCentre(this.ctx.caller) || !UUID.test(caseId)) {
      return null;
    }
    const rows = await this.connection.execute<{ open: boolean; until: Date | null }[]>(
      `select bool_or(valid_until is null) as open, max(valid_until) as until
         from hub.consent_grant
        where grantee_code = ? and case_id = ? and ${ACTIVE_GRANT_SQL}
          and (? = 'CORE' or ? = any(categories))`,
      [this.ctx.caller.partner, caseId.toLowerCase(), category, category],
    );
    const row = rows[0];
    return !row || row.open || !row.until ? null : new Date(row.until);
  }

  async setStatisticsConsent(caseId: string, consent: boolean): Promise<Case> {
    this.requireCentreStaff();
    const kase = await this.ctx.em.findOne(Case, { id: caseId });
    if (!kase) {
      throw notFound('The case');
    }
    return changeWithEvent(this.ctx, async (em) => {
      const row = await rowForChange(em, Case, caseId, 'The case');
      row.statisticsConsent = consent;
      return {
        result: row,
        event: { type: 'STATISTICS_CONSENT_SET', caseId, entityType: 'Case', entityId: caseId },
      };
    });
  }
}
