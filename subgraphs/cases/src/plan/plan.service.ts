import {
  changeWithEvent,
  rowForChange,
  DataCategory,
  ErrorCode,
  forbidden,
  grantStore,
  type HubContext,
  HubError,
  notFound,
  requireCaseStaff,
  requirePartners,
  requireServices,
  childrenOf,
  seesAllCases,
  today,
  UUID,
  visibleById,
  idempotent,
} from '@hub/common';
import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { caseForChange, openCaseForChange } from '../case/case.workflow';
import { CaseStatus } from '../case/case.types';
import { PlanItem, ProtectionPlan } from './plan.entity';
import { planItemEvent } from './plan-item.events';
import {
  OPEN_ITEM_STATUSES,
  PLAN_ITEM_WORKFLOW,
  PlanItemStatus,
  type AdoptPlanInput,
  type MovePlanItemInput,
  type PlanItemInput,
} from './plan.types';

/** Cases a plan can be made for: identified, presumed (still in identification) or in support. */
const PLANNABLE = new Set([
  CaseStatus.IN_IDENTIFICATION,
  CaseStatus.IDENTIFIED,
  CaseStatus.IN_SUPPORT,
]);

/**
 * Locks an item for change: first its case (refusing a closed one), then the item row, re-read
 * under the lock so the move is decided on its current status.
 */
export async function lockItem(em: EntityManager, item: PlanItem): Promise<PlanItem> {
  await openCaseForChange(em, item.caseId);
  return rowForChange(em, PlanItem, item.id, 'The plan item');
}

/** Moves the responsible partner may make on its own items (it reports its work). */
const PROVIDER_MOVES = new Set([PlanItemStatus.IN_PROGRESS, PlanItemStatus.DONE]);

/**
 * Individual protection plans. The Centre adopts versions (open items move on to the new one),
 * adds items and turns conference action items into items; the partner responsible for an item
 * reports it in progress and done. `overdue` is the monitoring view.
 */
export class PlanService {
  constructor(private readonly ctx: HubContext) {}

  plansForCase(caseId: string): Promise<ProtectionPlan[]> {
    return childrenOf(this.ctx, ProtectionPlan, 'case', caseId, { orderBy: { version: 'asc' } });
  }

  items(planId: string): Promise<PlanItem[]> {
    return childrenOf(this.ctx, PlanItem, 'plan', planId, {
      orderBy: { dueOn: 'asc', createdAt: 'asc' },
    });
  }

  itemById(id: string): Promise<PlanItem | null> {
    return visibleById(this.ctx, PlanItem, DataCategory.PLAN, (row) => row.caseId, id);
  }

  /**
   * Open items past their due date on open cases, earliest first. The Centre sees all; a partner
   * sees the items it is responsible for, on cases it holds PLAN consent for.
   */
  async overdue(first: number): Promise<PlanItem[]> {
    const { caller } = this.ctx;
    const qb = this.ctx.em
      .createQueryBuilder(PlanItem, 'i')
      .select('i.*')
      .join('i.plan', 'p')
      .where({ status: { $in: OPEN_ITEM_STATUSES }, dueOn: { $lt: today() } })
      .andWhere('p.superseded_at is null')
      .andWhere(`i.case_id in (select id from cases."case" where status <> 'CLOSED')`)
      .orderBy({ dueOn: 'asc', id: 'asc' })
      .limit(first);
    if (!seesAllCases(caller)) {
      if (!this.ctx.consent.isPartner) {
        throw forbidden('Overdue plan items are shown to case staff and responsible partners.');
      }
      const granted = grantStore.grantedCases('i.case_id', caller.partner, DataCategory.PLAN);
      qb.andWhere({ responsiblePartnerCode: caller.partner }).andWhere(granted.sql, granted.params);
    }
    return qb.getResult();
  }

  async adopt(input: AdoptPlanInput, idempotencyKey?: string | null): Promise<ProtectionPlan> {
    requireCaseStaff(this.ctx.caller, 'Adopting a protection plan');
    const goals = input.goals.map((goal) => goal.trim());
    input.items.forEach((item) => this.checkItem(item, goals.length));
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const kase = await caseForChange(em, input.caseId);
        if (!PLANNABLE.has(kase.status)) {
          throw new HubError(
            ErrorCode.INVALID_TRANSITION,
            `A plan is made for an identified or presumed victim; this case is ${kase.status}.`,
            { status: kase.status },
          );
        }
        const previous = await em.findOne(
          ProtectionPlan,
          { case: kase.id, supersededAt: null },
          { orderBy: { version: 'desc' } },
        );
        const plan = em.create(ProtectionPlan, {
          case: kase,
          version: (previous?.version ?? 0) + 1,
          goals,
          adoptedBy: this.ctx.caller.sub,
        });
        if (previous) {
          previous.supersededAt = new Date();
          if (input.carryOpenItems) {
            const open = await em.find(PlanItem, {
              plan: previous.id,
              status: { $in: OPEN_ITEM_STATUSES },
            });
            open.forEach((item) => (item.plan = ref(plan)));
          }
        }
        await this.checkReferences(em, input.items, 'items');
        input.items.forEach((item) => this.createItem(em, plan, kase.id, item, goals));
        return {
          result: plan,
          event: {
            type: previous ? 'PLAN_REVISED' : 'PLAN_ADOPTED',
            caseId: kase.id,
            entityType: 'ProtectionPlan',
            entityId: plan.id,
          },
        };
      },
      idempotent(idempotencyKey, 'adoptProtectionPlan', input, ProtectionPlan),
    );
  }

  async addItem(
    planId: string,
    input: PlanItemInput,
    idempotencyKey?: string | null,
  ): Promise<PlanItem> {
    requireCaseStaff(this.ctx.caller, 'Planning support');
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const plan = await this.currentPlan(em, planId);
        this.checkItem(input, plan.goals.length);
        await this.checkReferences(em, [input]);
        const item = this.createItem(em, plan, plan.case.id, input, plan.goals);
        return { result: item, event: planItemEvent('PLAN_ITEM_ADDED', item) };
      },
      idempotent(idempotencyKey, 'addPlanItem', { planId, input }, PlanItem),
    );
  }

  async move(input: MovePlanItemInput): Promise<PlanItem> {
    const { caller } = this.ctx;
    const staff = seesAllCases(caller);
    if (input.status === PlanItemStatus.REFERRED && !input.referralId) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'Name the referral made for the item.', {
        field: 'referralId',
      });
    }
    if (input.status === PlanItemStatus.CANCELLED && !input.reason?.trim()) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'Say why the item is cancelled.', {
        field: 'reason',
      });
    }
    return changeWithEvent(this.ctx, async (em) => {
      const found = UUID.test(input.itemId)
        ? await em.findOne(PlanItem, { id: input.itemId })
        : null;
      // A partner that may not see the item learns nothing about it, not even that it exists.
      const mayAct =
        found &&
        (staff ||
          (found.responsiblePartnerCode === caller.partner &&
            PROVIDER_MOVES.has(input.status) &&
            (await this.ctx.consent.check(found.caseId, DataCategory.PLAN)).allowed));
      if (!found || !mayAct) {
        if (
          found &&
          !staff &&
          (await this.ctx.consent.check(found.caseId, DataCategory.PLAN)).allowed
        ) {
          throw forbidden(
            'The responsible partner reports its item in progress and done; everything else is the Centre’s.',
          );
        }
        throw notFound('The plan item');
      }
      // Lock the case, then the item: every writer of a case's items goes in this order.
      const item = await lockItem(em, found);
      PLAN_ITEM_WORKFLOW.require(item.status, input.status);
      item.status = input.status;
      item.statusChangedAt = new Date();
      if (input.status === PlanItemStatus.REFERRED) {
        item.referralId = input.referralId;
      }
      if (input.status === PlanItemStatus.CANCELLED) {
        item.cancelReason = input.reason!.trim();
      }
      return { result: item, event: planItemEvent(`PLAN_ITEM_${input.status}`, item) };
    });
  }

  private async currentPlan(em: EntityManager, planId: string): Promise<ProtectionPlan> {
    const plan = UUID.test(planId) ? await em.findOne(ProtectionPlan, { id: planId }) : null;
    if (!plan) {
      throw notFound('The plan');
    }
    // Under the case lock, re-read: a version adopted meanwhile supersedes this one.
    await openCaseForChange(em, plan.case.id);
    await em.refresh(plan);
    if (plan.supersededAt) {
      throw new HubError(
        ErrorCode.INVALID_TRANSITION,
        'This plan version is superseded; add to the plan in force.',
        { status: 'SUPERSEDED' },
      );
    }
    return plan;
  }

  private checkItem(item: PlanItemInput, goals: number): void {
    if (item.goal != null && item.goal >= goals) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'goal must point at one of the plan’s goals.', {
        field: 'goal',
      });
    }
  }

  /** Each item's partner and service must exist and take part (named by field, e.g. items[1]). */
  private async checkReferences(em: EntityManager, items: PlanItemInput[], list?: string) {
    const field = (index: number, name: string) => (list ? `${list}[${index}].${name}` : name);
    await requirePartners(
      em,
      items.map((item, index) => ({
        field: field(index, 'responsiblePartner'),
        value: item.responsiblePartner,
      })),
    );
    await requireServices(
      em,
      items.map((item, index) => ({ field: field(index, 'serviceId'), value: item.serviceId })),
    );
  }

  private createItem(
    em: EntityManager,
    plan: ProtectionPlan,
    caseId: string,
    input: PlanItemInput,
    goals: string[],
  ): PlanItem {
    return em.create(PlanItem, {
      plan,
      caseId,
      description: input.description.trim(),
      goal: input.goal == null ? null : goals[input.goal],
      serviceType: input.serviceType ?? null,
      serviceId: input.serviceId ?? null,
      responsiblePartnerCode: input.responsiblePartner,
      dueOn: input.dueOn,
      createdBy: this.ctx.caller.sub,
    });
  }
}
