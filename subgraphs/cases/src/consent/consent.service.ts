import {
  changeWithEvent,
  rowForChange,
  childOn,
  DataCategory,
  grantStore,
  type GrantRecord,
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

function toGrant(record: GrantRecord): ConsentGrant {
  return Object.assign(new ConsentGrant(), {
    ...record,
    grantee: refTo(PartnerRef, record.granteeCode, 'code')!,
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
        await grantStore.insert(em, {
          id,
          caseId: input.caseId,
          granteeCode: input.grantee,
          categories,
          purpose: input.purpose,
          legalBasis: input.legalBasis,
          legalProvision: input.legalProvision ?? null,
          givenBy: input.givenBy,
          authority: input.authority ?? null,
          validFrom,
          validUntil: input.validUntil ?? null,
          evidence: input.evidence,
          recordedBy: this.ctx.caller.sub,
        });
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
      if (!(await grantStore.revoke(em, grantId, this.ctx.caller.sub, reason.trim()))) {
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
    const record = await grantStore.byId(this.ctx.em, id);
    return record ? toGrant(record) : null;
  }

  /** Every grant of a case, newest first, revoked and expired ones included (Centre staff only). */
  async history(caseId: string): Promise<ConsentGrant[] | null> {
    if (!seesAllCases(this.ctx.caller)) {
      return null;
    }
    return (await grantStore.forCase(this.ctx.em, caseId)).map(toGrant);
  }

  /** The grants in force for the caller's own partner. */
  async mine(): Promise<ConsentGrant[]> {
    return (await grantStore.inForceFor(this.ctx.em, this.ctx.caller.partner)).map(toGrant);
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
    const { open, until } = await grantStore.accessEnds(
      this.ctx.em,
      this.ctx.caller.partner,
      caseId.toLowerCase(),
      category,
    );
    return open || !until ? null : until;
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
