import {
  Category,
  connectionType,
  DataCategory,
  pageRequest,
  type Connection,
  type HubContext,
  IdempotencyKeyArg,
  AfterArg,
  FirstArg,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Proceeding } from '../proceeding/proceeding.entity';
import { ProceedingService } from '../proceeding/proceeding.service';
import { Hearing } from './hearing.entity';
import { HearingService } from './hearing.service';
import { ScheduleHearingInput } from './hearing.types';

const HearingConnection = connectionType('Hearing', Hearing, {
  totalCount: false,
  nullableNodes: true,
  description:
    'A page of hearings, soonest first. One you may not see is a null node with CONSENT_REQUIRED naming LEGAL.',
});

@Resolver(() => Hearing)
export class HearingResolver {
  @Query(() => Hearing, {
    nullable: true,
    description: 'A hearing by id; null when not visible to you.',
  })
  hearing(
    @Arg('id', () => ID, { description: 'The hearing id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<Hearing | null> {
    return new HearingService(ctx).byId(id);
  }

  @Query(() => [Hearing], {
    nullable: 'items',
    description:
      'Hearings in a time window, soonest first, of the cases whose legal data you may see (at most 500). A hearing you may not see is null at its place, with CONSENT_REQUIRED naming LEGAL; the rest of the list still answers.',
  })
  upcomingHearings(
    @Arg('from', { description: 'Start of the window.' }) from: Date,
    @Arg('to', { description: 'End of the window (at most 366 days after from).' }) to: Date,
    @Ctx() ctx: HubContext,
  ): Promise<Hearing[]> {
    return new HearingService(ctx).upcoming(from, to);
  }

  @Query(() => HearingConnection, {
    description:
      'Hearings in a time window, soonest first, a page at a time (Relay cursors), of the cases whose legal data you may see.',
  })
  upcomingHearingsConnection(
    @Arg('from', { description: 'Start of the window.' }) from: Date,
    @Arg('to', { description: 'End of the window (at most 366 days after from).' }) to: Date,
    @Ctx() ctx: HubContext,
    @FirstArg(100) first: number,
    @AfterArg() after?: string | null,
  ): Promise<Connection<Hearing>> {
    return new HearingService(ctx).upcomingPage(from, to, pageRequest(first, after));
  }

  @Mutation(() => Hearing, {
    description: 'Record a scheduled hearing and what the victim needs there (Centre staff).',
  })
  scheduleHearing(
    @Arg('input', () => ScheduleHearingInput, {
      description: 'The proceeding, when, and the support the victim needs.',
    })
    input: ScheduleHearingInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Hearing> {
    return new HearingService(ctx).schedule(input, idempotencyKey);
  }

  @Mutation(() => Hearing, {
    description:
      "Record what happened at a hearing: Centre case workers and supervisors, or the partner of an active representation of the victim covering the hearing's proceeding (with LEGAL consent for the case).",
  })
  recordHearingOutcome(
    @Arg('id', () => ID, { description: 'The hearing that was held.' }) id: string,
    @Arg('outcome', { description: 'What happened.' }) outcome: string,
    @Ctx() ctx: HubContext,
  ): Promise<Hearing> {
    return new HearingService(ctx).recordOutcome(id, outcome);
  }

  @Category(DataCategory.LEGAL)
  @FieldResolver(() => Proceeding, {
    nullable: true,
    description: 'The proceeding the hearing belongs to.',
  })
  proceeding(@Root() hearing: Hearing, @Ctx() ctx: HubContext): Promise<Proceeding | null> {
    return new ProceedingService(ctx).byId(hearing.proceeding.id);
  }
}

@Resolver(() => Proceeding)
export class ProceedingHearingsResolver {
  @Category(DataCategory.LEGAL)
  @FieldResolver(() => [Hearing], { description: 'The hearings of the proceeding, in date order.' })
  hearings(@Root() proceeding: Proceeding, @Ctx() ctx: HubContext): Promise<Hearing[]> {
    return new HearingService(ctx).forProceeding(proceeding.id);
  }
}
