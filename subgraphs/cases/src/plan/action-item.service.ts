import {
  changeWithEvent,
  ErrorCode,
  HubError,
  idempotent,
  notFound,
  requireCaseStaff,
  requireDay,
  UUID,
  type HubContext,
} from '@hub/common';
import { openCaseForChange } from '../case/case.workflow';
import { ConferenceEntry } from '../conference/conference.entity';
import { ConferenceEntryKind } from '../conference/conference.types';
import { PlanItem, ProtectionPlan } from './plan.entity';
import { planItemEvent } from './plan-item.events';

/** Conference action items becoming plan items: the link between a conference and the plan. */
export class ActionItemService {
  constructor(private readonly ctx: HubContext) {}

  /** A conference action item becomes an item of the plan in force (once). */
  async toPlanItem(
    entryId: string,
    dueOn: string | null | undefined,
    idempotencyKey?: string | null,
  ): Promise<PlanItem> {
    requireCaseStaff(this.ctx.caller, 'Planning support');
    if (dueOn) {
      requireDay(dueOn, 'dueOn');
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const entry = UUID.test(entryId)
          ? await em.findOne(ConferenceEntry, { id: entryId })
          : null;
        if (!entry) {
          throw notFound('The conference entry');
        }
        if (entry.kind !== ConferenceEntryKind.ACTION_ITEM) {
          throw new HubError(ErrorCode.BAD_USER_INPUT, 'Only an action item becomes a plan item.', {
            field: 'entryId',
          });
        }
        const due = dueOn ?? entry.dueOn;
        if (!due) {
          throw new HubError(
            ErrorCode.BAD_USER_INPUT,
            'The action item has no due date: give one.',
            {
              field: 'dueOn',
            },
          );
        }
        // The case lock first: of two simultaneous sends, the second sees the first's item.
        await openCaseForChange(em, entry.caseId);
        if (await em.findOne(PlanItem, { sourceEntryId: entry.id })) {
          throw new HubError(ErrorCode.ALREADY_EXISTS, 'This action item is already in the plan.');
        }
        const plan = await em.findOne(ProtectionPlan, { case: entry.caseId, supersededAt: null });
        if (!plan) {
          throw new HubError(
            ErrorCode.INVALID_TRANSITION,
            'The case has no plan in force: adopt one first.',
            { status: 'NO_PLAN' },
          );
        }
        const item = em.create(PlanItem, {
          plan,
          caseId: entry.caseId,
          description: entry.text,
          responsiblePartnerCode: entry.assignee!,
          dueOn: due,
          sourceEntryId: entry.id,
          createdBy: this.ctx.caller.sub,
        });
        return { result: item, event: planItemEvent('PLAN_ITEM_ADDED', item) };
      },
      idempotent(idempotencyKey, 'planItemFromActionItem', { entryId, dueOn }, PlanItem),
    );
  }
}
