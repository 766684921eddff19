import {
  changeWithEvent,
  DataCategory,
  ErrorCode,
  forbidden,
  type HubContext,
  HubError,
  requireDay,
  childrenOf,
  childOn,
  seesAllCases,
  idempotent,
  requireCaseStaff,
} from '@hub/common';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Case } from '../case/case.entity';
import { caseForChange, moveCase, openCaseForChange } from '../case/case.workflow';
import { CaseStatus } from '../case/case.types';
import { Identification, PreliminaryIdentification } from './identification.entity';
import {
  IdentificationDecision,
  MeansOfControl,
  PreliminaryResult,
  type IdentificationInput,
  type PreliminaryIdentificationInput,
} from './identification.types';

/** The checklist's answers, without the case they are about. */
export type ChecklistFacts = Omit<PreliminaryIdentificationInput, 'caseId'>;

/** Refuses a checklist that ticks OTHER without saying what; the text trimmed otherwise. */
export function checkChecklist(facts: ChecklistFacts): string | null {
  requireDay(facts.assessedOn, 'assessedOn', { notInFuture: true });
  const other = facts.otherIndicators?.trim() || null;
  if (facts.indicators.includes(MeansOfControl.OTHER) && !other) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, 'Describe the other indicators observed.', {
      field: 'otherIndicators',
    });
  }
  return other;
}

/**
 * Adds a checklist to a case loaded for change, in the caller's transaction, as filled in by the
 * caller's partner. With indicators present a REPORTED case goes on to formal identification.
 */
export function addChecklist(
  em: EntityManager,
  kase: Case,
  facts: ChecklistFacts,
  by: Pick<HubContext, 'caller'>,
): PreliminaryIdentification {
  const checklist = em.create(PreliminaryIdentification, {
    case: kase,
    indicators: facts.indicators,
    otherIndicators: facts.otherIndicators ?? null,
    result: facts.result,
    assessedOn: facts.assessedOn,
    partner: by.caller.partner,
    recordedBy: by.caller.sub,
  });
  if (
    facts.result === PreliminaryResult.INDICATORS_PRESENT &&
    kase.status === CaseStatus.REPORTED
  ) {
    moveCase(kase, CaseStatus.IN_IDENTIFICATION);
  }
  return checklist;
}

/** The statuses from which a case can be (re-)identified. */
const OPEN_FOR_IDENTIFICATION = new Set([CaseStatus.REPORTED, CaseStatus.IN_IDENTIFICATION]);

/**
 * Preliminary identification (the indicator checklist) and the formal identification decision.
 * The checklist is filled in by Centre staff or by a partner that holds EXPLOITATION consent on
 * the case (the police, an NGO that met the person first); the decision is the Centre's alone.
 */
export class IdentificationService {
  constructor(private readonly ctx: HubContext) {}

  preliminaryForCase(caseId: string): Promise<PreliminaryIdentification[]> {
    return childrenOf(this.ctx, PreliminaryIdentification, 'case', caseId, {
      orderBy: {
        assessedOn: 'asc',
        recordedAt: 'asc',
      },
    });
  }

  decisionsForCase(caseId: string): Promise<Identification[]> {
    // The order decisions were recorded in: the last recorded stands, as the status follows it.
    return childrenOf(this.ctx, Identification, 'case', caseId, {
      orderBy: { recordedAt: 'asc', id: 'asc' },
    });
  }

  async recordPreliminary(
    input: PreliminaryIdentificationInput,
    idempotencyKey?: string | null,
  ): Promise<PreliminaryIdentification> {
    if (
      !seesAllCases(this.ctx.caller) &&
      !(
        this.ctx.consent.isPartner &&
        (await this.ctx.consent.check(input.caseId, DataCategory.EXPLOITATION)).allowed
      )
    ) {
      throw forbidden(
        'The checklist is filled in by Centre case staff, or by a partner the person consented to share EXPLOITATION data with.',
      );
    }
    const other = checkChecklist(input);
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const kase = await openCaseForChange(em, input.caseId);
        const checklist = addChecklist(em, kase, { ...input, otherIndicators: other }, this.ctx);
        return {
          result: checklist,
          event: {
            type: 'PRELIMINARY_IDENTIFICATION_RECORDED',
            caseId: kase.id,
            entityType: 'PreliminaryIdentification',
            entityId: checklist.id,
          },
        };
      },
      idempotent(
        idempotencyKey,
        'recordPreliminaryIdentification',
        input,
        PreliminaryIdentification,
      ),
    );
  }

  async identify(
    input: IdentificationInput,
    idempotencyKey?: string | null,
  ): Promise<Identification> {
    requireCaseStaff(this.ctx.caller, {
      refusal: 'Identification is a decision of the Centre’s case workers and supervisors.',
    });
    requireDay(input.decidedOn, 'decidedOn', { notInFuture: true });
    const victim = input.decision !== IdentificationDecision.NOT_A_VICTIM;
    if (victim && input.exploitationTypes.length === 0) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'Name at least one type of exploitation for an identified or presumed victim.',
        { field: 'exploitationTypes' },
      );
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const kase = await caseForChange(em, input.caseId);
        // A presumed victim may already be in support while identification goes on.
        const presumedInSupport =
          kase.status === CaseStatus.IN_SUPPORT &&
          (
            await em.findOne(
              Identification,
              { case: kase.id },
              { orderBy: { recordedAt: 'desc', id: 'desc' } },
            )
          )?.decision === IdentificationDecision.PRESUMED;
        if (!OPEN_FOR_IDENTIFICATION.has(kase.status) && !presumedInSupport) {
          throw new HubError(
            ErrorCode.INVALID_TRANSITION,
            `A case that is ${kase.status} is not in identification.`,
            { status: kase.status },
          );
        }
        if (kase.status === CaseStatus.REPORTED) {
          moveCase(kase, CaseStatus.IN_IDENTIFICATION);
        }
        const dateOfBirth = kase.person.dateOfBirth;
        const decision = em.create(Identification, {
          case: kase,
          decision: input.decision,
          decidedOn: input.decidedOn,
          decidedBy: this.ctx.caller.sub,
          finding: input.finding.trim(),
          exploitationTypes: input.exploitationTypes,
          scope: input.scope ?? null,
          recruitment: {
            method: input.recruitment?.method ?? null,
            recruiterRelation: input.recruitment?.recruiterRelation ?? null,
          },
          child: childOn(dateOfBirth, input.decidedOn),
        });
        // Identified: IDENTIFIED (a case already in support stays there). Not a victim:
        // NOT_IDENTIFIED. Presumed: identification goes on.
        if (input.decision === IdentificationDecision.IDENTIFIED && !presumedInSupport) {
          moveCase(kase, CaseStatus.IDENTIFIED);
        } else if (input.decision === IdentificationDecision.NOT_A_VICTIM) {
          moveCase(kase, CaseStatus.NOT_IDENTIFIED);
        }
        return {
          result: decision,
          event: {
            type: 'IDENTIFICATION_DECIDED',
            caseId: kase.id,
            entityType: 'Identification',
            entityId: decision.id,
          },
        };
      },
      idempotent(idempotencyKey, 'identifyVictim', input, Identification),
    );
  }
}
