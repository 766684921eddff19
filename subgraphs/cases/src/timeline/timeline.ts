import {
  Category,
  DataCategory,
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
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';

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

interface EventRow {
  id: string;
  case_id: string;
  at: Date;
  type: string;
  entity_type: string;
  entity_id: string;
  partner: string;
}

@Resolver(() => Case)
export class CaseTimelineResolver {
  @Category(DataCategory.CORE)
  @FieldResolver(() => [TimelineEntry], {
    description:
      'Everything that happened on the case, oldest first — the entries you may see: each shows only with consent to the category of what it concerns.',
  })
  async timeline(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<TimelineEntry[]> {
    const rows = await groupLoad(
      ctx,
      'timeline.byCase',
      kase.id,
      (caseIds) =>
        ctx.em
          .getConnection()
          .execute<EventRow[]>(
            'select event_id::text as id, case_id::text, at, type, entity_type, entity_id::text, partner from hub.case_history where case_id in (?) order by event_id',
            [[...caseIds]],
          ),
      (row) => row.case_id,
    );
    const shown = await Promise.all(rows.map((row) => mayShow(ctx, kase.id, row)));
    return rows.filter((_, index) => shown[index]).map(toEntry);
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
      {
        from: 'from hub.case_history h where h.case_id = ?',
        params: [kase.id],
        keys: [],
        id: 'h.event_id',
        idType: 'bigint',
        direction: 'asc',
      },
      pageRequest(first, after),
      async (ids) => {
        const rows = await ctx.em
          .getConnection()
          .execute<EventRow[]>(
            'select event_id::text as id, case_id::text, at, type, entity_type, entity_id::text, partner from hub.case_history where event_id in (?)',
            [ids],
          );
        const shown = await Promise.all(rows.map((row) => mayShow(ctx, kase.id, row)));
        const visible = rows.filter((_, index) => shown[index]).map(toEntry);
        return byKey(ids, visible, (entry) => entry.id);
      },
    );
  }
}

/** An entry shows only with consent to the category of what it concerns (staff: the rest). */
async function mayShow(ctx: HubContext, caseId: string, row: EventRow): Promise<boolean> {
  const category = eventCategory(row.entity_type);
  if (!category) {
    return seesAllCases(ctx.caller);
  }
  return (await ctx.consent.check(caseId, category)).allowed;
}

const toEntry = (row: EventRow): TimelineEntry => ({
  id: row.id,
  caseId: row.case_id,
  at: new Date(row.at),
  type: row.type,
  entityType: row.entity_type,
  entityId: row.entity_id,
  partner: row.partner,
});
