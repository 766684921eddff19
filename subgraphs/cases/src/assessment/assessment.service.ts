import {
  changeWithEvent,
  type HubContext,
  requireCaseStaff,
  requireDay,
  childrenOf,
  idempotent,
} from '@hub/common';
import { openCaseForChange } from '../case/case.workflow';
import { Assessment } from './assessment.entity';
import type { RecordAssessmentInput } from './assessment.types';

/** Assessments of risks, strengths and needs: versioned, never edited in place. */
export class AssessmentService {
  constructor(private readonly ctx: HubContext) {}

  forCase(caseId: string): Promise<Assessment[]> {
    return childrenOf(this.ctx, Assessment, 'case', caseId, { orderBy: { version: 'asc' } });
  }

  async record(input: RecordAssessmentInput, idempotencyKey?: string | null): Promise<Assessment> {
    requireCaseStaff(this.ctx.caller, 'Assessing risks, strengths and needs');
    requireDay(input.assessedOn, 'assessedOn', { notInFuture: true });
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const kase = await openCaseForChange(em, input.caseId);
        // The unique (case, version) index turns a concurrent double submit into a clean failure.
        const latest = await em.findOne(
          Assessment,
          { case: kase.id },
          { orderBy: { version: 'desc' } },
        );
        const assessment = em.create(Assessment, {
          case: kase,
          version: (latest?.version ?? 0) + 1,
          assessedOn: input.assessedOn,
          assessedBy: this.ctx.caller.sub,
          findings: input.findings.map((f) => ({ ...f, note: f.note?.trim() || null })),
        });
        return {
          result: assessment,
          event: {
            type: latest ? 'ASSESSMENT_REVISED' : 'ASSESSMENT_RECORDED',
            caseId: kase.id,
            entityType: 'Assessment',
            entityId: assessment.id,
          },
        };
      },
      idempotent(idempotencyKey, 'recordAssessment', input, Assessment),
    );
  }
}
