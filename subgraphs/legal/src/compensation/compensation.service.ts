import {
  changeWithEvent,
  DataCategory,
  ErrorCode,
  HubError,
  notFound,
  visibleById,
  type HubContext,
  idempotent,
  rowForChange,
  childrenOf,
} from '@hub/common';
import { today } from '@hub/common';
import { LegalAccess } from '../access/legal-access';
import { Proceeding } from '../proceeding/proceeding.entity';
import { ProceedingKind } from '../proceeding/proceeding.types';
import { CompensationClaim } from './compensation.entity';
import {
  COMPENSATION_WORKFLOW,
  CompensationDecision,
  CompensationForum,
  CompensationStatus,
  type DecideCompensationClaimInput,
  type FileCompensationClaimInput,
  type RecordCompensationPaymentInput,
} from './compensation.types';

const badInput = (field: string, message: string) =>
  new HubError(ErrorCode.BAD_USER_INPUT, message, { field });

/**
 * Compensation claims: LEGAL data of their case on every path. Recorded by Centre case staff or
 * by the victim's representing partner (see LegalAccess); every step is checked against the
 * claim's current status.
 */
export class CompensationService {
  private readonly access: LegalAccess;

  constructor(private readonly ctx: HubContext) {
    this.access = new LegalAccess(ctx);
  }

  byId(id: string): Promise<CompensationClaim | null> {
    return visibleById(this.ctx, CompensationClaim, DataCategory.LEGAL, (row) => row.caseId, id);
  }

  forCase(caseId: string): Promise<CompensationClaim[]> {
    return childrenOf(this.ctx, CompensationClaim, 'caseId', caseId, {
      orderBy: { filedOn: 'asc', createdAt: 'asc', id: 'asc' },
    });
  }

  forProceeding(proceedingId: string): Promise<CompensationClaim[]> {
    return childrenOf(this.ctx, CompensationClaim, 'proceeding', proceedingId, {
      orderBy: { filedOn: 'asc', createdAt: 'asc', id: 'asc' },
    });
  }

  async file(
    input: FileCompensationClaimInput,
    idempotencyKey?: string | null,
  ): Promise<CompensationClaim> {
    await this.access.requireRecorder(input.caseId, input.proceedingId ?? null, null);
    const filedOn = input.filedOn ?? today();
    if (filedOn > today()) {
      throw badInput('filedOn', 'A claim cannot be recorded as filed in the future.');
    }
    let proceeding: Proceeding | null = null;
    if (input.proceedingId) {
      proceeding = await this.ctx.em.findOne(Proceeding, { id: input.proceedingId });
      if (!proceeding || proceeding.caseId !== input.caseId) {
        throw badInput('proceedingId', 'That proceeding is not one of this case.');
      }
    }
    if (input.forum === CompensationForum.CRIMINAL_PROCEEDING) {
      if (proceeding?.kind !== ProceedingKind.CRIMINAL) {
        throw badInput(
          'proceedingId',
          'A claim within a criminal proceeding names that criminal proceeding.',
        );
      }
    } else if (
      input.forum === CompensationForum.CIVIL_COURT &&
      proceeding &&
      proceeding.kind !== ProceedingKind.CIVIL_COMPENSATION
    ) {
      throw badInput(
        'proceedingId',
        'A civil court claim belongs to a civil compensation proceeding.',
      );
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const claim = em.create(CompensationClaim, {
          caseId: input.caseId,
          proceeding: proceeding ? em.getReference(Proceeding, proceeding.id) : null,
          forum: input.forum,
          amountClaimed: input.amountClaimed,
          currency: input.currency,
          filedOn,
          note: input.note?.trim() || null,
          recordedBy: this.ctx.caller.sub,
        });
        return {
          result: claim,
          event: {
            type: 'COMPENSATION_CLAIM_FILED',
            caseId: input.caseId,
            entityType: 'CompensationClaim',
            entityId: claim.id,
            parentId: proceeding?.id ?? null,
          },
        };
      },
      idempotent(idempotencyKey, 'fileCompensationClaim', input, CompensationClaim),
    );
  }

  decide(input: DecideCompensationClaimInput): Promise<CompensationClaim> {
    return this.step(input.id, CompensationStatus[input.decision], (claim) => {
      const decidedOn = this.dayNotBefore(input.decidedOn, claim.filedOn, 'decidedOn');
      let awarded: number | null = null;
      if (input.decision === CompensationDecision.REJECTED) {
        if (input.amountAwarded != null) {
          throw badInput('amountAwarded', 'A rejected claim has no amount awarded.');
        }
      } else if (input.decision === CompensationDecision.GRANTED) {
        awarded = input.amountAwarded ?? claim.amountClaimed;
        if (awarded !== claim.amountClaimed) {
          throw badInput(
            'amountAwarded',
            'A claim granted in full is awarded the amount claimed; use PARTLY_GRANTED for less.',
          );
        }
      } else {
        awarded = input.amountAwarded ?? null;
        if (awarded === null || awarded >= claim.amountClaimed) {
          throw badInput(
            'amountAwarded',
            'A partly granted claim needs the amount awarded, less than the amount claimed.',
          );
        }
      }
      claim.status = CompensationStatus[input.decision];
      claim.amountAwarded = awarded;
      claim.decidedOn = decidedOn;
      claim.decisionReference = input.decisionReference?.trim() || null;
    });
  }

  withdraw(id: string, withdrawnOn?: string | null): Promise<CompensationClaim> {
    return this.step(id, CompensationStatus.WITHDRAWN, (claim) => {
      claim.decidedOn = this.dayNotBefore(withdrawnOn, claim.filedOn, 'withdrawnOn');
      claim.status = CompensationStatus.WITHDRAWN;
    });
  }

  recordPayment(input: RecordCompensationPaymentInput): Promise<CompensationClaim> {
    return this.step(input.id, CompensationStatus.PAID, (claim) => {
      const paidOn = this.dayNotBefore(input.paidOn, claim.decidedOn ?? claim.filedOn, 'paidOn');
      if (input.amountPaid > (claim.amountAwarded ?? 0)) {
        throw badInput('amountPaid', 'The amount paid cannot exceed the amount awarded.');
      }
      claim.status = CompensationStatus.PAID;
      claim.amountPaid = input.amountPaid;
      claim.paidOn = paidOn;
    });
  }

  /** A day given (or today), not in the future and not before `earliest`. */
  private dayNotBefore(day: string | null | undefined, earliest: string, field: string): string {
    const value = day ?? today();
    if (value > today()) {
      throw badInput(field, `${field} cannot be in the future.`);
    }
    if (value < earliest) {
      throw badInput(field, `${field} cannot be before ${earliest}.`);
    }
    return value;
  }

  /** Checks who acts and from which status, applies `change`, and records the event. */
  private async step(
    id: string,
    to: CompensationStatus,
    change: (claim: CompensationClaim) => void,
  ): Promise<CompensationClaim> {
    this.access.requireRecorderRole();
    const found = await this.ctx.em.findOne(CompensationClaim, { id });
    if (!found) {
      throw notFound('The compensation claim');
    }
    await this.access.requireRecorder(
      found.caseId,
      found.proceeding?.id ?? null,
      'The compensation claim',
    );
    return changeWithEvent(this.ctx, async (em) => {
      const claim = await rowForChange(em, CompensationClaim, id, 'The compensation claim');
      COMPENSATION_WORKFLOW.require(claim.status, to);
      change(claim);
      return {
        result: claim,
        event: {
          type: `COMPENSATION_CLAIM_${claim.status}`,
          caseId: claim.caseId,
          entityType: 'CompensationClaim',
          entityId: claim.id,
          parentId: claim.proceeding?.id ?? null,
        },
      };
    });
  }
}
