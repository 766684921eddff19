import {
  changeWithEvent,
  recordEvent,
  today,
  ErrorCode,
  sealStore,
  HubError,
  notFound,
  requireCaseStaff,
  requirePartners,
  rowForChange,
  UUID,
  type HubContext,
  idempotent,
} from '@hub/common';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Accommodation } from '../accommodation/accommodation.entity';
import { recordAssignment } from '../assignment/assignment.service';
import { PlanItem } from '../plan/plan.entity';
import { planItemEvent } from '../plan/plan-item.events';
import { OPEN_ITEM_STATUSES, PlanItemStatus } from '../plan/plan.types';
import { Report } from '../report/report.entity';
import {
  type ReportCaseInput,
  type ReportedPersonInput,
  type ReportInput,
} from '../report/report.types';
import { Case } from './case.entity';
import { CASE_WORKFLOW, CaseStatus, ClosingReason, type CloseCaseInput } from './case.types';
import { caseStore } from './case.store';

/** Refuses a receipt time in the future (a minute of clock skew allowed). */
function receivedAt(input: ReportInput): Date {
  const at = input.receivedAt ?? new Date();
  if (at.getTime() > Date.now() + 60_000) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, 'A report cannot be received in the future.', {
      field: 'receivedAt',
    });
  }
  return at;
}

/** A new case with its pseudonymous code, in the caller's transaction (its report comes next). */
export async function openNewCase(
  em: EntityManager,
  at: Date,
  person: ReportedPersonInput | null | undefined,
  caseWorkerName: string,
): Promise<Case> {
  const n = await caseStore.nextCodeNumber(em);
  return em.create(Case, {
    code: `C-${at.getUTCFullYear()}-${n.padStart(5, '0')}`,
    openedAt: at,
    person: { ...(person ?? {}) },
    caseWorker: { name: caseWorkerName },
  });
}

/**
 * A case loaded for change inside a transaction, or NOT_FOUND. The row is locked until the
 * transaction ends, so changes to one case (closing it, identifying, versioning its plan or
 * assessment) happen one after another, never over each other.
 */
export function caseForChange(em: EntityManager, caseId: string): Promise<Case> {
  return rowForChange(em, Case, caseId, 'The case');
}

/** A case loaded for change that must still be open: work on a closed case is refused. */
export async function openCaseForChange(em: EntityManager, caseId: string): Promise<Case> {
  const kase = await caseForChange(em, caseId);
  if (kase.status === CaseStatus.CLOSED) {
    throw new HubError(ErrorCode.INVALID_TRANSITION, 'The case is closed.', {
      status: kase.status,
    });
  }
  return kase;
}

/** Moves a case (loaded in the transaction) to `to`, or refuses with INVALID_TRANSITION. */
export function moveCase(kase: Case, to: CaseStatus): void {
  CASE_WORKFLOW.require(kase.status, to);
  kase.status = to;
}

/**
 * The life of a case as the Centre runs it: a report opens it, further reports join it, first
 * contact is recorded against the 24-hour rule, it moves through identification and support, and
 * it is closed with a reason — which seals it (hub.case_seal) in the same transaction.
 */
export class CaseWorkflow {
  constructor(private readonly ctx: HubContext) {}

  async reportCase(input: ReportCaseInput, idempotencyKey?: string | null): Promise<Case> {
    requireCaseStaff(this.ctx.caller, 'Recording a new case');
    const at = receivedAt(input.report);
    return changeWithEvent(
      this.ctx,
      async (em) => {
        await requirePartners(em, [
          { field: 'reportingPartner', value: input.report.reportingPartner },
        ]);
        const kase = await openNewCase(em, at, input.person, input.caseWorkerName.trim());
        recordAssignment(em, kase, this.ctx.caller.sub, null);
        const report = em.create(Report, {
          case: kase,
          channel: input.report.channel,
          reportingPartnerCode: input.report.reportingPartner ?? null,
          urgency: input.report.urgency,
          receivedAt: at,
        });
        return {
          result: kase,
          event: {
            type: 'CASE_REPORTED',
            caseId: kase.id,
            entityType: 'Report',
            entityId: report.id,
          },
        };
      },
      idempotent(idempotencyKey, 'reportCase', input, Case),
    );
  }

  async addReport(
    caseId: string,
    input: ReportInput,
    idempotencyKey?: string | null,
  ): Promise<Report> {
    requireCaseStaff(this.ctx.caller, 'Recording a report');
    const at = receivedAt(input);
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const kase = await caseForChange(em, caseId);
        await requirePartners(em, [{ field: 'reportingPartner', value: input.reportingPartner }]);
        if (kase.status === CaseStatus.CLOSED) {
          throw new HubError(
            ErrorCode.INVALID_TRANSITION,
            'A closed case takes no new reports; report a new case instead.',
            { status: kase.status },
          );
        }
        const report = em.create(Report, {
          case: kase,
          channel: input.channel,
          reportingPartnerCode: input.reportingPartner ?? null,
          urgency: input.urgency,
          receivedAt: at,
        });
        return {
          result: report,
          event: { type: 'REPORT_ADDED', caseId, entityType: 'Report', entityId: report.id },
        };
      },
      idempotent(idempotencyKey, 'addReport', { caseId, input }, Report),
    );
  }

  async recordFirstContact(reportId: string, at: Date | null | undefined): Promise<Report> {
    requireCaseStaff(this.ctx.caller, 'Recording first contact');
    const when = at ?? new Date();
    return changeWithEvent(this.ctx, async (em) => {
      const found = UUID.test(reportId) ? await em.findOne(Report, { id: reportId }) : null;
      if (!found) {
        throw notFound('The report');
      }
      await openCaseForChange(em, found.case.id);
      const report = await rowForChange(em, Report, reportId, 'The report');
      if (report.firstContactAt) {
        throw new HubError(
          ErrorCode.INVALID_TRANSITION,
          'First contact on this report is already recorded.',
          { status: 'CONTACTED' },
        );
      }
      if (when.getTime() < report.receivedAt.getTime() || when.getTime() > Date.now() + 60_000) {
        throw new HubError(
          ErrorCode.BAD_USER_INPUT,
          'First contact falls between receiving the report and now.',
          { field: 'at' },
        );
      }
      report.firstContactAt = when;
      return {
        result: report,
        event: {
          type: 'FIRST_CONTACT_RECORDED',
          caseId: report.case.id,
          entityType: 'Report',
          entityId: report.id,
        },
      };
    });
  }

  /** The moves made by hand: into identification, and into support. */
  async changeStatus(caseId: string, to: CaseStatus): Promise<Case> {
    requireCaseStaff(this.ctx.caller, 'Changing the status of a case');
    if (to !== CaseStatus.IN_IDENTIFICATION && to !== CaseStatus.IN_SUPPORT) {
      throw new HubError(
        ErrorCode.INVALID_TRANSITION,
        to === CaseStatus.CLOSED
          ? 'Close a case with closeCase, which asks for the reason.'
          : 'IDENTIFIED and NOT_IDENTIFIED follow from recording an identification decision.',
        { to },
      );
    }
    return changeWithEvent(this.ctx, async (em) => {
      const kase = await caseForChange(em, caseId);
      moveCase(kase, to);
      const type =
        to === CaseStatus.IN_SUPPORT ? 'CASE_SUPPORT_STARTED' : 'CASE_IDENTIFICATION_STARTED';
      return {
        result: kase,
        event: { type, caseId, entityType: 'Case', entityId: caseId },
      };
    });
  }

  async close(input: CloseCaseInput): Promise<Case> {
    requireCaseStaff(this.ctx.caller, 'Closing a case');
    const note = input.note?.trim() || null;
    if (input.reason === ClosingReason.OTHER && !note) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'Say why, in the note, when the reason is OTHER.',
        {
          field: 'note',
        },
      );
    }
    const closed = await changeWithEvent(this.ctx, async (em) => {
      const kase = await caseForChange(em, input.caseId);
      moveCase(kase, CaseStatus.CLOSED);
      kase.closedAt = new Date();
      kase.closingReason = input.reason;
      kase.closingNote = note;
      // Sealed in the same transaction: from the next request on, the closed case reads as CORE
      // only, unless a supervisor opens a break-glass session.
      await sealStore.seal(em, kase.id, this.ctx.caller.sub);
      await this.endOpenWork(em, kase, input.reason);
      return {
        result: kase,
        event: { type: 'CASE_CLOSED', caseId: kase.id, entityType: 'Case', entityId: kase.id },
      };
    });
    this.ctx.consent.sealedByThisRequest(closed.id);
    return closed;
  }

  /**
   * Closing a case ends what is still running for it, in the closing transaction: its current
   * stay ends today (the place is free again) and its open plan items are cancelled, each with
   * the closing reason and its own event.
   */
  private async endOpenWork(em: EntityManager, kase: Case, reason: ClosingReason): Promise<void> {
    const why = `CASE_CLOSED: ${reason}`;
    const day = today();
    const stays = await em.find(Accommodation, { case: kase.id, to: null });
    const items = await em.find(PlanItem, {
      caseId: kase.id,
      status: { $in: OPEN_ITEM_STATUSES },
    });
    for (const stay of stays) {
      stay.to = stay.from > day ? stay.from : day;
      stay.endReason = why;
    }
    for (const item of items) {
      item.status = PlanItemStatus.CANCELLED;
      item.statusChangedAt = new Date();
      item.cancelReason = why;
    }
    await em.flush();
    for (const stay of stays) {
      await recordEvent(em, this.ctx, {
        type: 'ACCOMMODATION_ENDED',
        caseId: kase.id,
        entityType: 'Accommodation',
        entityId: stay.id,
        concerns: stay.providerCode,
      });
    }
    for (const item of items) {
      await recordEvent(em, this.ctx, planItemEvent('PLAN_ITEM_CANCELLED', item));
    }
  }
}
