import {
  CaseStaffOnly,
  Category,
  DataCategory,
  refTo,
  requireFirst,
  connectionType,
  pageRequest,
  type Connection,
  type HubContext,
  IdempotencyKeyArg,
  AfterArg,
  FirstArg,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { ConferenceEntry } from '../conference/conference.entity';
import { ConferenceService } from '../conference/conference.service';
import { PartnerRef } from '../partner/partner.ref';
import { PlanItem, ProtectionPlan } from './plan.entity';
import { ActionItemService } from './action-item.service';
import { overduePlanItemsPage } from './plan-item.pages';
import { PlanService } from './plan.service';
import { AdoptPlanInput, MovePlanItemInput, PlanItemInput } from './plan.types';
import { ServiceRef } from '../service/service.ref';

const PlanItemConnection = connectionType('PlanItem', PlanItem, {
  totalCount: false,
  nullableNodes: true,
  description:
    'A page of plan items. One you may not see now (its case was sealed) is a null node with CONSENT_REQUIRED naming PLAN.',
});

@Resolver(() => ProtectionPlan)
export class PlanResolver {
  @Query(() => [PlanItem], {
    nullable: 'items',
    description:
      'Open plan items past their due date, earliest first. Centre case staff see all; a partner sees the items it is responsible for on cases it holds PLAN consent for. An item you may not see now (its case was sealed) is null at its place, with CONSENT_REQUIRED naming PLAN; the rest of the list still answers.',
  })
  overduePlanItems(@Ctx() ctx: HubContext, @FirstArg(100) first: number): Promise<PlanItem[]> {
    requireFirst(first);
    return new PlanService(ctx).overdue(first);
  }

  @Query(() => PlanItemConnection, {
    description:
      'Open plan items past their due date, earliest first, a page at a time (Relay cursors); who sees which as in overduePlanItems.',
  })
  overduePlanItemsConnection(
    @Ctx() ctx: HubContext,
    @FirstArg(100) first: number,
    @AfterArg() after?: string | null,
  ): Promise<Connection<PlanItem>> {
    return overduePlanItemsPage(ctx, pageRequest(first, after));
  }

  @Query(() => PlanItem, { nullable: true, description: 'A plan item; null when not visible.' })
  planItem(
    @Arg('id', () => ID, { description: 'The plan item id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<PlanItem | null> {
    return new PlanService(ctx).itemById(id);
  }

  @CaseStaffOnly()
  @Mutation(() => ProtectionPlan, {
    description:
      'Adopt a (new version of the) individual protection plan (Centre case staff). The version in force is superseded; its open items move on unless carryOpenItems is false.',
  })
  adoptProtectionPlan(
    @Arg('input', () => AdoptPlanInput, {
      description: 'The case, the goals and the items of the new version.',
    })
    input: AdoptPlanInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<ProtectionPlan> {
    return new PlanService(ctx).adopt(input, idempotencyKey);
  }

  @Mutation(() => PlanItem, {
    description: 'Add an item to the plan in force (Centre case staff).',
  })
  addPlanItem(
    @Arg('planId', () => ID, { description: 'The protection plan the item belongs to.' })
    planId: string,
    @Arg('input', () => PlanItemInput, { description: 'The item to add.' }) input: PlanItemInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<PlanItem> {
    return new PlanService(ctx).addItem(planId, input, idempotencyKey);
  }

  @Mutation(() => PlanItem, {
    description:
      'Turn a case conference action item into an item of the plan in force (Centre case staff; once per action item).',
  })
  planItemFromActionItem(
    @Arg('entryId', () => ID, {
      description: 'The action item of a conference to turn into a plan item.',
    })
    entryId: string,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
    @Arg('dueOn', () => String, {
      nullable: true,
      description: 'Due date (YYYY-MM-DD) when the action item has none, or to override it.',
    })
    dueOn?: string | null,
  ): Promise<PlanItem> {
    return new ActionItemService(ctx).toPlanItem(entryId, dueOn, idempotencyKey);
  }

  @Mutation(() => PlanItem, {
    description:
      'Move a plan item on. Centre case staff make every move; the responsible partner (with PLAN consent) reports IN_PROGRESS and DONE.',
  })
  movePlanItem(
    @Arg('input', () => MovePlanItemInput, {
      description: 'The plan item and the status it moves to.',
    })
    input: MovePlanItemInput,
    @Ctx() ctx: HubContext,
  ): Promise<PlanItem> {
    return new PlanService(ctx).move(input);
  }

  @Category(DataCategory.PLAN)
  @FieldResolver(() => [PlanItem], {
    nullable: true,
    description: 'The items of this version, by due date.',
  })
  items(@Root() plan: ProtectionPlan, @Ctx() ctx: HubContext): Promise<PlanItem[]> {
    return new PlanService(ctx).items(plan.id);
  }
}

@Resolver(() => PlanItem)
export class PlanItemResolver {
  @Category(DataCategory.PLAN)
  @FieldResolver(() => Case, { nullable: true, description: 'The case the item belongs to.' })
  case(@Root() item: PlanItem, @Ctx() ctx: HubContext): Promise<Case | null> {
    return new CaseService(ctx).byId(item.caseId);
  }

  @Category(DataCategory.PLAN)
  @FieldResolver(() => ServiceRef, { nullable: true, description: 'The catalogue service.' })
  service(@Root() item: PlanItem): ServiceRef | null {
    return refTo(ServiceRef, item.serviceId, 'id');
  }

  @Category(DataCategory.PLAN)
  @FieldResolver(() => PartnerRef, { nullable: true, description: 'The partner responsible.' })
  responsiblePartner(@Root() item: PlanItem): PartnerRef | null {
    return refTo(PartnerRef, item.responsiblePartnerCode, 'code');
  }

  @Category(DataCategory.PLAN)
  @FieldResolver(() => ConferenceEntry, {
    nullable: true,
    description:
      'The conference action item it came from, if any; null with CONSENT_REQUIRED (CONFERENCE) when you may not see the conference.',
  })
  sourceEntry(@Root() item: PlanItem, @Ctx() ctx: HubContext): Promise<ConferenceEntry | null> {
    return item.sourceEntryId
      ? new ConferenceService(ctx).linkedEntry(item.sourceEntryId, item.caseId)
      : Promise.resolve(null);
  }
}

@Resolver(() => Case)
export class CasePlanResolver {
  @Category(DataCategory.PLAN)
  @FieldResolver(() => ProtectionPlan, {
    nullable: true,
    description: 'The protection plan in force; null before the first is adopted.',
  })
  async protectionPlan(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<ProtectionPlan | null> {
    const plans = await new PlanService(ctx).plansForCase(kase.id);
    return plans.find((plan) => !plan.supersededAt) ?? null;
  }

  @Category(DataCategory.PLAN)
  @FieldResolver(() => [ProtectionPlan], {
    nullable: true,
    description: 'Every version of the plan, first to latest.',
  })
  protectionPlans(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<ProtectionPlan[]> {
    return new PlanService(ctx).plansForCase(kase.id);
  }
}
