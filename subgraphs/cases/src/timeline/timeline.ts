import {
  Category,
  DataCategory,
  UUID,
  eventCategory,
  seesAllCases,
  byKey,
  connectionType,
  keysetPage,
  pageRequest,
  type Connection,
  type HubContext,
  groupLoad,
} from '@hub/common';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Case } from '../case/case.entity';
import { timelineStore, type CaseEventRecord } from './timeline.store';

@ObjectType({
  description:
    'One thing that happened on a case, from the hub’s event log: what, when, and which partner did it.',
})
export class TimelineEntry {
  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'The event’s id (the same as in live updates).' })
  id!: string;

  caseId!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'When it happened.' })
  at!: Date;

  @Category(DataCategory.CORE)
  @Field({ description: 'What happened, e.g. CASE_REPORTED, IDENTIFICATION_DECIDED.' })
  type!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'The kind of thing it happened to, e.g. PlanItem.' })
  entityType!: string;

  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'The id of that thing.' })
  entityId!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'The partner whose user did it ("centre" for the Centre).' })
  partner!: string;
}

const TimelineConnection = connectionType('TimelineEntry', TimelineEntry, {
  totalCount: false,
  description: 'A page of a case’s timeline, oldest first: only the entries you may see.',
});

@Resolver(() => Case)
export class CaseTimelineResolver {
  @Category(DataCategory.CORE)
  @FieldResolver(() => [TimelineEntry], {
    description:
      'Everything that happened on the case, oldest first — the entries you may see: each shows only with consent to the category of what it concerns.',
  })
  async timeline(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<TimelineEntry[]> {
    const records = await groupLoad(
      ctx,
      'timeline.byCase',
      kase.id,
      (caseIds) => timelineStore.ofCases(ctx.em, caseIds),
      (record) => record.caseId,
    );
    return visibleEntries(ctx, kase.id, records);
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => TimelineConnection, {
    description:
      'The timeline a page at a time, oldest first (Relay cursors). An entry you may not see is left out, so a page may hold fewer than `first`; hasNextPage still tells whether there is more.',
  })
  timelineConnection(
    @Root() kase: Case,
    @Ctx() ctx: HubContext,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many (1–500).' })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The endCursor of the page before; leave out for the first page.',
    })
    after?: string | null,
  ): Promise<Connection<TimelineEntry>> {
    return keysetPage(
      ctx.em,
      timelineStore.pageOfCase(kase.id),
      pageRequest(first, after),
      async (ids) =>
        byKey(
          ids,
          await visibleEntries(ctx, kase.id, await timelineStore.byIds(ctx.em, ids)),
          (entry) => entry.id,
        ),
    );
  }
}

/** The entries of a case's history the caller may see, in the order given. */
async function visibleEntries(
  ctx: HubContext,
  caseId: string,
  records: CaseEventRecord[],
): Promise<TimelineEntry[]> {
  const shown = await Promise.all(
    records.map((record) => mayLearnOf(ctx, caseId, record.entityType)),
  );
  return records
    .filter((_, index) => shown[index])
    .map((record) => Object.assign(new TimelineEntry(), record));
}

/**
 * Whether the caller may learn that something happened to this kind of entity in this case: with
 * consent to the category of what it concerns (eventCategory); an entity type without one, Centre
 * case staff only. The one rule for the case's timeline and for live updates (the gateway asks
 * through eventScope), recorded like every consent decision.
 */
async function mayLearnOf(ctx: HubContext, caseId: string, entityType: string): Promise<boolean> {
  const category = eventCategory(entityType);
  if (!category) {
    return seesAllCases(ctx.caller);
  }
  return (await ctx.consent.check(caseId, category)).allowed;
}

@Resolver()
export class EventScopeResolver {
  @Query(() => Boolean, {
    description:
      'Whether you may learn that an event about this kind of entity happened in this case — the rule the case’s timeline follows (consent to the category of what it concerns), recorded the same way. The gateway asks it before a live update goes out; false for a case that does not exist.',
  })
  async eventScope(
    @Arg('caseId', () => ID, { description: 'The case the event is about.' }) caseId: string,
    @Arg('entityType', { description: 'The kind of entity the event names, e.g. PlanItem.' })
    entityType: string,
    @Ctx() ctx: HubContext,
  ): Promise<boolean> {
    if (!UUID.test(caseId) || !(await ctx.em.count(Case, { id: caseId }))) {
      return false;
    }
    return mayLearnOf(ctx, caseId, entityType);
  }
}
