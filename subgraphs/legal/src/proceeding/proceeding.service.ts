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
import { Proceeding } from './proceeding.entity';
import {
  FINAL_STAGES,
  PROCEEDING_WORKFLOW,
  ProceedingKind,
  type ProceedingStage,
  type OpenProceedingInput,
} from './proceeding.types';

/**
 * Proceedings. A proceeding is LEGAL data of its case: reached directly, it exists for the caller
 * only with LEGAL access to the case; reached through `Case.proceedings`, that field's own LEGAL
 * check has already decided. Centre case staff open them and move them through their stages.
 */
export class ProceedingService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Proceeding | null> {
    return visibleById(this.ctx, Proceeding, DataCategory.LEGAL, (row) => row.caseId, id);
  }

  forCase(caseId: string): Promise<Proceeding[]> {
    return childrenOf(this.ctx, Proceeding, 'caseId', caseId, {
      orderBy: { startedOn: 'asc', id: 'asc' },
    });
  }

  async open(input: OpenProceedingInput, idempotencyKey?: string | null): Promise<Proceeding> {
    const access = new LegalAccess(this.ctx);
    access.requireCaseStaff('open proceedings');
    await access.requireLegalView(input.caseId, null);
    if (FINAL_STAGES.includes(input.stage)) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'Record the proceeding at the stage it is in now, then move it to its end.',
        { field: 'stage' },
      );
    }
    const charges = [...new Set(input.charges)];
    if (charges.length > 0 && input.kind !== ProceedingKind.CRIMINAL) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'Criminal Code articles are charged in criminal proceedings only.',
        { field: 'charges' },
      );
    }
    if (input.startedOn && input.startedOn > today()) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'A proceeding cannot start in the future.', {
        field: 'startedOn',
      });
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const proceeding = em.create(Proceeding, {
          caseId: input.caseId,
          kind: input.kind,
          stage: input.stage,
          charges,
          fileNumber: input.fileNumber?.trim() || null,
          victimRole: input.victimRole,
          courtId: input.courtId ?? null,
          prosecutionId: input.prosecutionId ?? null,
          startedOn: input.startedOn ?? null,
        });
        return {
          result: proceeding,
          event: {
            type: 'PROCEEDING_OPENED',
            caseId: input.caseId,
            entityType: 'Proceeding',
            entityId: proceeding.id,
          },
        };
      },
      idempotent(idempotencyKey, 'openProceeding', input, Proceeding),
    );
  }

  /**
   * Moves a proceeding to a later stage (stages may be skipped), or discontinues it before it is
   * final. Anything else is INVALID_TRANSITION.
   */
  async advance(
    id: string,
    stage: ProceedingStage,
    fileNumber?: string | null,
  ): Promise<Proceeding> {
    const access = new LegalAccess(this.ctx);
    access.requireCaseStaff('move proceedings through their stages');
    const found = await this.ctx.em.findOne(Proceeding, { id });
    if (!found) {
      throw notFound('The proceeding');
    }
    await access.requireLegalView(found.caseId, 'The proceeding');
    return changeWithEvent(this.ctx, async (em) => {
      const proceeding = await rowForChange(em, Proceeding, id, 'The proceeding');
      PROCEEDING_WORKFLOW.require(proceeding.stage, stage);
      proceeding.stage = stage;
      if (fileNumber?.trim()) {
        proceeding.fileNumber = fileNumber.trim();
      }
      return {
        result: proceeding,
        event: {
          type: 'PROCEEDING_STAGE_CHANGED',
          caseId: proceeding.caseId,
          entityType: 'Proceeding',
          entityId: proceeding.id,
        },
      };
    });
  }
}
