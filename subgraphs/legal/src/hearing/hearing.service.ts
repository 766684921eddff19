import {
  visibleById,
  changeWithEvent,
  DataCategory,
  ErrorCode,
  grantStore,
  HubError,
  notFound,
  type HubContext,
  idempotent,
  rowForChange,
  byKey,
  keysetPage,
  type Connection,
  type PageRequest,
  childrenOf,
  requireCaseStaff,
} from '@hub/common';
import { LegalAccess } from '../access/legal-access';
import { Proceeding } from '../proceeding/proceeding.entity';
import { Hearing } from './hearing.entity';
import { HearingSupport, type ScheduleHearingInput } from './hearing.types';

/** Longest window `upcomingHearings` answers for. */
const MAX_WINDOW_DAYS = 366;

/** Hearings: LEGAL data of their case, on every path. */
export class HearingService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Hearing | null> {
    return visibleById(this.ctx, Hearing, DataCategory.LEGAL, (row) => row.caseId, id);
  }

  forProceeding(proceedingId: string): Promise<Hearing[]> {
    return childrenOf(this.ctx, Hearing, 'proceeding', proceedingId, {
      orderBy: { scheduledAt: 'asc', id: 'asc' },
    });
  }

  /** Hearings between `from` and `to`, soonest first, of the cases whose LEGAL data the caller sees. */
  async upcoming(from: Date, to: Date): Promise<Hearing[]> {
    return (await this.upcomingPage(from, to, { first: 500, after: null })).nodes;
  }

  /** The same, a page at a time (scheduled, then id). */
  upcomingPage(from: Date, to: Date, page: PageRequest): Promise<Connection<Hearing>> {
    if (!(to > from) || to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        `Give a window where "to" is after "from", of at most ${MAX_WINDOW_DAYS} days.`,
        {
          field: 'to',
        },
      );
    }
    const { consent, caller } = this.ctx;
    const where = ['h.scheduled_at >= ?', 'h.scheduled_at < ?'];
    const params: unknown[] = [from, to];
    if (consent.enforce && !consent.isCentreCaseStaff && !consent.isPartner) {
      where.push('false');
    } else if (consent.enforce && consent.isPartner) {
      const granted = grantStore.grantedCases('h.case_id', caller.partner, DataCategory.LEGAL);
      where.push(granted.sql);
      params.push(...granted.params);
    }
    return keysetPage(
      this.ctx.em,
      {
        from: `from legal.hearing h where ${where.join(' and ')}`,
        params,
        keys: [{ sql: 'h.scheduled_at', type: 'timestamptz' }],
        id: 'h.id',
        direction: 'asc',
      },
      page,
      async (ids) =>
        byKey(ids, await this.ctx.em.find(Hearing, { id: { $in: ids } }), (row) => row.id),
    );
  }

  async schedule(input: ScheduleHearingInput, idempotencyKey?: string | null): Promise<Hearing> {
    requireCaseStaff(this.ctx.caller, {
      refusal: 'Only Centre case workers and supervisors record hearings.',
    });
    const proceeding = await this.ctx.em.findOne(Proceeding, { id: input.proceedingId });
    if (!proceeding) {
      throw notFound('The proceeding');
    }
    if (input.supportNeeded.includes(HearingSupport.INTERPRETER) && !input.interpreterLanguage) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'Say which language the interpreter is for.', {
        field: 'interpreterLanguage',
      });
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const hearing = em.create(Hearing, {
          proceeding: em.getReference(Proceeding, proceeding.id),
          caseId: proceeding.caseId,
          scheduledAt: input.scheduledAt,
          purpose: input.purpose.trim(),
          supportNeeded: [...new Set(input.supportNeeded)],
          protectiveMeasures: [...new Set(input.protectiveMeasures)],
          interpreterLanguage: input.interpreterLanguage ?? null,
        });
        return {
          result: hearing,
          event: {
            type: 'HEARING_SCHEDULED',
            caseId: proceeding.caseId,
            entityType: 'Hearing',
            entityId: hearing.id,
          },
        };
      },
      idempotent(idempotencyKey, 'scheduleHearing', input, Hearing),
    );
  }

  /**
   * Records what happened at a hearing: Centre case staff, or the partner of an active
   * representation of the victim covering the hearing's proceeding (with LEGAL consent).
   */
  async recordOutcome(id: string, outcome: string): Promise<Hearing> {
    const access = new LegalAccess(this.ctx);
    access.requireRecorderRole();
    const found = await this.ctx.em.findOne(Hearing, { id });
    if (!found) {
      throw notFound('The hearing');
    }
    await access.requireRecorder(found.caseId, found.proceeding.id, 'The hearing');
    if (outcome.trim().length < 3) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'Write what happened.', { field: 'outcome' });
    }
    return changeWithEvent(this.ctx, async (em) => {
      const hearing = await rowForChange(em, Hearing, id, 'The hearing');
      hearing.outcome = outcome.trim();
      return {
        result: hearing,
        event: {
          type: 'HEARING_OUTCOME_RECORDED',
          caseId: hearing.caseId,
          entityType: 'Hearing',
          entityId: hearing.id,
        },
      };
    });
  }
}
