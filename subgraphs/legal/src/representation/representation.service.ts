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
  lockName,
  requirePartners,
  childrenOf,
} from '@hub/common';
import { today } from '@hub/common';
import { LegalAccess } from '../access/legal-access';
import { Proceeding } from '../proceeding/proceeding.entity';
import { Representation } from './representation.entity';
import type { AppointRepresentationInput, EndRepresentationInput } from './representation.types';

/** Lawyers representing victims: LEGAL data of their case on every path. */
export class RepresentationService {
  private readonly access: LegalAccess;

  constructor(private readonly ctx: HubContext) {
    this.access = new LegalAccess(ctx);
  }

  byId(id: string): Promise<Representation | null> {
    return visibleById(this.ctx, Representation, DataCategory.LEGAL, (row) => row.caseId, id);
  }

  forCase(caseId: string): Promise<Representation[]> {
    return childrenOf(this.ctx, Representation, 'caseId', caseId, {
      orderBy: { startedOn: 'asc', createdAt: 'asc', id: 'asc' },
    });
  }

  /**
   * The representation active today for a proceeding: the one appointed for that proceeding,
   * else the one for the whole case.
   */
  async activeFor(proceeding: Proceeding): Promise<Representation | null> {
    const day = today();
    const active = (await this.forCase(proceeding.caseId)).filter((row) => row.activeOn(day));
    return (
      active.find((row) => row.proceeding?.id === proceeding.id) ??
      active.find((row) => !row.proceeding) ??
      null
    );
  }

  async appoint(
    input: AppointRepresentationInput,
    idempotencyKey?: string | null,
  ): Promise<Representation> {
    this.access.requireCaseStaff('appoint lawyers');
    await this.access.requireLegalView(input.caseId, null);
    const startedOn = input.startedOn ?? today();
    if (input.powerOfAttorneyOn && input.powerOfAttorneyOn > today()) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'A power of attorney cannot be signed later than today.',
        {
          field: 'powerOfAttorneyOn',
        },
      );
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        // Appointments of one case take turns, so the check below sees every earlier one.
        await lockName(em, `legal.representation:${input.caseId}`);
        let proceeding: Proceeding | null = null;
        if (input.proceedingId) {
          proceeding = await em.findOne(Proceeding, { id: input.proceedingId });
          if (!proceeding || proceeding.caseId !== input.caseId) {
            throw new HubError(
              ErrorCode.BAD_USER_INPUT,
              'That proceeding is not one of this case.',
              {
                field: 'proceedingId',
              },
            );
          }
        }
        // One lawyer at a time for the same scope: the current one is ended first, on the record.
        const current = await em.findOne(Representation, {
          caseId: input.caseId,
          proceeding: proceeding ? proceeding.id : null,
          $or: [{ endedOn: null }, { endedOn: { $gt: startedOn } }],
        });
        if (current) {
          throw new HubError(
            ErrorCode.INVALID_TRANSITION,
            'The victim already has a lawyer here for that time; end that representation first.',
            { representationId: current.id },
          );
        }
        await requirePartners(em, [{ field: 'partnerCode', value: input.partnerCode }]);
        const representation = em.create(Representation, {
          caseId: input.caseId,
          proceeding: proceeding ? em.getReference(Proceeding, proceeding.id) : null,
          lawyerName: input.lawyerName.trim(),
          partnerCode: input.partnerCode,
          startedOn,
          powerOfAttorneyOn: input.powerOfAttorneyOn ?? null,
          appointedBy: this.ctx.caller.sub,
        });
        return {
          result: representation,
          event: {
            type: 'REPRESENTATION_APPOINTED',
            caseId: input.caseId,
            entityType: 'Representation',
            entityId: representation.id,
            parentId: proceeding?.id ?? null,
            concerns: input.partnerCode,
          },
        };
      },
      idempotent(idempotencyKey, 'appointRepresentation', input, Representation),
    );
  }

  async end(input: EndRepresentationInput): Promise<Representation> {
    this.access.requireCaseStaff('end representations');
    const found = await this.ctx.em.findOne(Representation, { id: input.id });
    if (!found) {
      throw notFound('The representation');
    }
    await this.access.requireLegalView(found.caseId, 'The representation');
    return changeWithEvent(this.ctx, async (em) => {
      const representation = await rowForChange(em, Representation, input.id, 'The representation');
      if (representation.endedOn) {
        throw new HubError(
          ErrorCode.INVALID_TRANSITION,
          `This representation already ended on ${representation.endedOn}.`,
          { endedOn: representation.endedOn },
        );
      }
      const endedOn = input.endedOn ?? today();
      if (endedOn < representation.startedOn) {
        throw new HubError(
          ErrorCode.BAD_USER_INPUT,
          'A representation cannot end before it started.',
          {
            field: 'endedOn',
          },
        );
      }
      representation.endedOn = endedOn;
      representation.endReason = input.reason.trim();
      return {
        result: representation,
        event: {
          type: 'REPRESENTATION_ENDED',
          caseId: representation.caseId,
          entityType: 'Representation',
          entityId: representation.id,
          parentId: representation.proceeding?.id ?? null,
          concerns: representation.partnerCode,
        },
      };
    });
  }
}
