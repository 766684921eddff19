import {
  changeWithEvent,
  requireSupervisor,
  childrenOf,
  seesAllCases,
  type HubContext,
} from '@hub/common';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Case } from '../case/case.entity';
import { openCaseForChange } from '../case/case.workflow';
import { CaseWorkerAssignment } from './assignment.entity';
import { type ReassignCaseInput } from './assignment.types';

/** Records an assignment of `kase` to its (new) case worker, in the caller's transaction. */
export function recordAssignment(
  em: EntityManager,
  kase: Case,
  by: string,
  previous: string | null,
): CaseWorkerAssignment {
  return em.create(CaseWorkerAssignment, {
    case: kase,
    caseWorkerName: kase.caseWorker.name,
    previousCaseWorkerName: previous,
    assignedBy: by,
  });
}

/** Who is responsible for a case: a supervisor reassigns it; the history says who and when. */
export class AssignmentService {
  constructor(private readonly ctx: HubContext) {}

  async reassign(input: ReassignCaseInput): Promise<Case> {
    requireSupervisor(this.ctx.caller, 'Reassigning a case');
    return changeWithEvent(this.ctx, async (em) => {
      const kase = await openCaseForChange(em, input.caseId);
      const previous = kase.caseWorker.name;
      kase.caseWorker = {
        name: input.caseWorkerName.trim(),
        workEmail: input.workEmail ?? null,
        workPhone: input.workPhone ?? null,
      };
      recordAssignment(em, kase, this.ctx.caller.sub, previous);
      return {
        result: kase,
        event: {
          type: 'CASE_REASSIGNED',
          caseId: kase.id,
          entityType: 'Case',
          // The case is what changed; the assignment row is its history.
          entityId: kase.id,
        },
      };
    });
  }

  /** The assignments of a case, oldest first: Centre case staff only (null for others). */
  async history(caseId: string): Promise<CaseWorkerAssignment[] | null> {
    if (!seesAllCases(this.ctx.caller)) {
      return null;
    }
    return childrenOf(this.ctx, CaseWorkerAssignment, 'case', caseId, {
      orderBy: { assignedAt: 'asc', id: 'asc' },
    });
  }
}
