import {
  Category,
  DataCategory,
  eventCategory,
  groupBy,
  loader,
  seesAllCases,
  type HubContext,
} from '@hub/common';
import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
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
    const rows = await loader<string, EventRow[]>(ctx, 'timeline.byCase', async (caseIds) => {
      const found = await ctx.em
        .getConnection()
        .execute<EventRow[]>(
          'select event_id::text as id, case_id::text, at, type, entity_type, entity_id::text, partner from hub.case_history where case_id in (?) order by event_id',
          [[...caseIds]],
        );
      return groupBy(caseIds, found, (row) => row.case_id);
    }).load(kase.id);
    const staff = seesAllCases(ctx.caller);
    const shown = await Promise.all(
      rows.map(async (row) => {
        const category = eventCategory(row.entity_type);
        if (!category) {
          return staff;
        }
        return (await ctx.consent.check(kase.id, category)).allowed;
      }),
    );
    return rows
      .filter((_, index) => shown[index])
      .map((row) => ({
        id: row.id,
        caseId: row.case_id,
        at: new Date(row.at),
        type: row.type,
        entityType: row.entity_type,
        entityId: row.entity_id,
        partner: row.partner,
      }));
  }
}
