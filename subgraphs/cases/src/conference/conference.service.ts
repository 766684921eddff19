import {
  changeWithEvent,
  consentRequired,
  idempotent,
  rowForChange,
  DataCategory,
  ErrorCode,
  type HubContext,
  HubError,
  notFound,
  childrenOf,
  requireCaseStaff,
  visibleById,
  requirePartners,
} from '@hub/common';
import { Case } from '../case/case.entity';
import { CaseConference, ConferenceEntry } from './conference.entity';
import {
  CONFERENCE_WORKFLOW,
  ConferenceEntryKind,
  ConferenceStatus,
  type RecordConferenceEntryInput,
  type ScheduleConferenceInput,
} from './conference.types';

/**
 * Case conferences. The Centre coordinates them: schedules, starts, records minutes, decisions and
 * action items while live, closes. Partners follow them with CONFERENCE consent on the case.
 */
export class ConferenceService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<CaseConference | null> {
    return visibleById(this.ctx, CaseConference, DataCategory.CONFERENCE, (row) => row.case.id, id);
  }

  forCase(caseId: string): Promise<CaseConference[]> {
    return childrenOf(this.ctx, CaseConference, 'case', caseId, {
      orderBy: { scheduledAt: 'asc', id: 'asc' },
    });
  }

  entries(conferenceId: string): Promise<ConferenceEntry[]> {
    return childrenOf(this.ctx, ConferenceEntry, 'conference', conferenceId, {
      orderBy: { recordedAt: 'asc', id: 'asc' },
    });
  }

  entryById(id: string): Promise<ConferenceEntry | null> {
    return visibleById(this.ctx, ConferenceEntry, DataCategory.CONFERENCE, (row) => row.caseId, id);
  }

  /**
   * An entry another row of the same case points at (a plan item's source): CONSENT_REQUIRED
   * naming CONFERENCE when the caller may not see it, never a silent null.
   */
  async linkedEntry(id: string, caseId: string): Promise<ConferenceEntry | null> {
    const entry = await this.entryById(id);
    if (!entry && !(await this.ctx.consent.check(caseId, DataCategory.CONFERENCE)).allowed) {
      throw consentRequired(DataCategory.CONFERENCE);
    }
    return entry;
  }

  async schedule(
    input: ScheduleConferenceInput,
    idempotencyKey?: string | null,
  ): Promise<CaseConference> {
    requireCaseStaff(this.ctx.caller, 'Coordinating a case conference');
    if (!(await this.ctx.em.findOne(Case, { id: input.caseId }))) {
      throw notFound('The case');
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        await requirePartners(
          em,
          input.participants.map((p, index) => ({
            field: `participants[${index}].partner`,
            value: p.partner,
          })),
        );
        const conference = em.create(CaseConference, {
          case: em.getReference(Case, input.caseId),
          scheduledAt: input.scheduledAt,
          agenda: input.agenda.map((item) => item.trim()),
          participants: input.participants.map((p) => ({
            partner: p.partner ?? null,
            name: p.name.trim(),
          })),
          coordinator: this.ctx.caller.sub,
        });
        return {
          result: conference,
          event: {
            type: 'CONFERENCE_SCHEDULED',
            caseId: input.caseId,
            entityType: 'CaseConference',
            entityId: conference.id,
            parentId: conference.id,
          },
        };
      },
      idempotent(idempotencyKey, 'scheduleConference', input, CaseConference),
    );
  }

  start(id: string): Promise<CaseConference> {
    return this.move(id, ConferenceStatus.LIVE, 'CONFERENCE_STARTED');
  }

  close(id: string): Promise<CaseConference> {
    return this.move(id, ConferenceStatus.CLOSED, 'CONFERENCE_CLOSED');
  }

  private async move(id: string, to: ConferenceStatus, type: string): Promise<CaseConference> {
    requireCaseStaff(this.ctx.caller, 'Coordinating a case conference');
    return changeWithEvent(this.ctx, async (em) => {
      const conference = await rowForChange(em, CaseConference, id, 'The conference');
      CONFERENCE_WORKFLOW.require(conference.status, to);
      conference.status = to;
      if (to === ConferenceStatus.LIVE) {
        conference.startedAt = new Date();
      } else {
        conference.closedAt = new Date();
      }
      return {
        result: conference,
        event: {
          type,
          caseId: conference.case.id,
          entityType: 'CaseConference',
          entityId: id,
          parentId: id,
        },
      };
    });
  }

  async record(
    input: RecordConferenceEntryInput,
    idempotencyKey?: string | null,
  ): Promise<ConferenceEntry> {
    requireCaseStaff(this.ctx.caller, 'Coordinating a case conference');
    const isAction = input.kind === ConferenceEntryKind.ACTION_ITEM;
    if (!isAction && (input.assignee || input.dueOn)) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'Only an action item has an assignee and a due date.',
        { field: 'assignee' },
      );
    }
    if (isAction && !input.assignee) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'Say which partner is responsible for the action item.',
        { field: 'assignee' },
      );
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        // Locked: an entry is recorded while the conference is LIVE, never after it closed.
        const conference = await rowForChange(
          em,
          CaseConference,
          input.conferenceId,
          'The conference',
        );
        if (conference.status !== ConferenceStatus.LIVE) {
          throw new HubError(
            ErrorCode.INVALID_TRANSITION,
            `Entries are recorded while a conference is LIVE; this one is ${conference.status}.`,
            {
              status: conference.status,
            },
          );
        }
        await requirePartners(em, [{ field: 'assignee', value: input.assignee }]);
        const entry = em.create(ConferenceEntry, {
          conference,
          caseId: conference.case.id,
          kind: input.kind,
          text: input.text.trim(),
          assignee: input.assignee ?? null,
          dueOn: input.dueOn ?? null,
          recordedBy: this.ctx.caller.sub,
        });
        return {
          result: entry,
          event: {
            type: 'CONFERENCE_ENTRY_RECORDED',
            caseId: conference.case.id,
            entityType: 'ConferenceEntry',
            entityId: entry.id,
            parentId: conference.id,
            concerns: entry.assignee,
          },
        };
      },
      idempotent(idempotencyKey, 'recordConferenceEntry', input, ConferenceEntry),
    );
  }
}
