import {
  changeWithEvent,
  countOf,
  type Count,
  ErrorCode,
  forbidden,
  hasRole,
  type HubContext,
  HubError,
  isCentre,
  notFound,
  requireCaseStaff,
  requireDay,
  childrenOf,
  seesAllCases,
  idempotent,
  requirePartners,
} from '@hub/common';
import { caseForChange, openCaseForChange } from '../case/case.workflow';
import { Accommodation } from './accommodation.entity';
import { AccommodationKind, type PlaceInput } from './accommodation.types';
import { accommodationStore } from './accommodation.store';

/** How many people a provider accommodates now, by kind and Shelter phase. No case data. */
export interface OccupancyRow {
  providerCode: string;
  kind: AccommodationKind;
  phase: number | null;
  occupied: Count;
}

/**
 * Accommodation: placing a person, moving them on (a new stay ends the current one the same
 * day), the Shelter's phases (forward only), ending a stay, and occupancy per provider.
 */
export class AccommodationService {
  constructor(private readonly ctx: HubContext) {}

  forCase(caseId: string): Promise<Accommodation[]> {
    return childrenOf(this.ctx, Accommodation, 'case', caseId, {
      orderBy: { from: 'asc', createdAt: 'asc' },
    });
  }

  async place(input: PlaceInput, idempotencyKey?: string | null): Promise<Accommodation> {
    requireCaseStaff(this.ctx.caller, 'Placing a person in accommodation');
    const shelter = input.kind === AccommodationKind.CENTRE_SHELTER;
    if (shelter !== (input.phase != null)) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'A Shelter stay has a phase (1–3); other accommodation has none.',
        { field: 'phase' },
      );
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const kase = await openCaseForChange(em, input.caseId);
        await requirePartners(em, [{ field: 'provider', value: input.provider }]);
        const current = await em.findOne(Accommodation, { case: kase.id, to: null });
        if (current) {
          if (input.from < current.from) {
            throw new HubError(
              ErrorCode.BAD_USER_INPUT,
              'A new stay cannot start before the current one did.',
              { field: 'from' },
            );
          }
          const samePlace = current.providerCode === input.provider && current.kind === input.kind;
          if (samePlace && shelter && input.phase! <= current.phase!) {
            throw new HubError(
              ErrorCode.INVALID_TRANSITION,
              `Shelter phases go forward: this stay is in phase ${current.phase}.`,
              { status: `PHASE_${current.phase}`, to: `PHASE_${input.phase}` },
            );
          }
          current.to = input.from;
        }
        const stay = em.create(Accommodation, {
          case: kase,
          providerCode: input.provider,
          kind: input.kind,
          phase: input.phase ?? null,
          from: input.from,
          createdBy: this.ctx.caller.sub,
        });
        return {
          result: stay,
          event: {
            type: 'ACCOMMODATION_STARTED',
            caseId: kase.id,
            entityType: 'Accommodation',
            entityId: stay.id,
            concerns: input.provider,
          },
        };
      },
      idempotent(idempotencyKey, 'placeInAccommodation', input, Accommodation),
    );
  }

  async end(id: string, on: string): Promise<Accommodation> {
    requireCaseStaff(this.ctx.caller, 'Ending a stay');
    // A stay ends when it has ended: a planned move is recorded when it happens.
    requireDay(on, 'on', { notInFuture: true });
    return changeWithEvent(this.ctx, async (em) => {
      const stay = await em.findOne(Accommodation, { id });
      if (!stay) {
        throw notFound('The stay');
      }
      // The case row is the lock every change of its stays takes (a closed case's stay may end).
      await caseForChange(em, stay.case.id);
      await em.refresh(stay);
      if (stay.to) {
        throw new HubError(ErrorCode.INVALID_TRANSITION, 'This stay has ended already.', {
          status: 'ENDED',
        });
      }
      if (on < stay.from) {
        throw new HubError(ErrorCode.BAD_USER_INPUT, 'A stay cannot end before it began.', {
          field: 'on',
        });
      }
      stay.to = on;
      return {
        result: stay,
        event: {
          type: 'ACCOMMODATION_ENDED',
          caseId: stay.case.id,
          entityType: 'Accommodation',
          entityId: stay.id,
          concerns: stay.providerCode,
        },
      };
    });
  }

  /**
   * Current stays counted per provider, kind and phase: for the Centre's staff and analysts (it
   * holds no case data) and for a provider about itself.
   */
  async occupancy(provider: string | null | undefined): Promise<OccupancyRow[]> {
    const { caller } = this.ctx;
    const centre = seesAllCases(caller) || (isCentre(caller) && hasRole(caller, 'ANALYST'));
    if (!centre && provider !== caller.partner) {
      throw forbidden('A partner sees the occupancy of its own accommodation only.');
    }
    const counts = await accommodationStore.occupancy(this.ctx.em, provider ?? null);
    return counts.map((row) => ({
      ...row,
      // A count about people the caller may not all see is withheld when small (a provider
      // holding no grant must not learn that one person is there).
      occupied: countOf(row.occupied, seesAllCases(caller)),
    }));
  }
}
