import {
  CaseStaffOnly,
  Category,
  DataCategory,
  type HubContext,
  IdempotencyKeyArg,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { CaseConference, ConferenceEntry } from './conference.entity';
import { ConferenceService } from './conference.service';
import {
  ConferenceEntryKind,
  RecordConferenceEntryInput,
  ScheduleConferenceInput,
} from './conference.types';

@Resolver(() => CaseConference)
export class ConferenceResolver {
  @Query(() => CaseConference, {
    nullable: true,
    description: 'A case conference by id; null when not visible to you.',
  })
  conference(
    @Arg('id', () => ID, { description: 'The case conference id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<CaseConference | null> {
    return new ConferenceService(ctx).byId(id);
  }

  @Query(() => ConferenceEntry, {
    nullable: true,
    description: 'A minute, decision or action item by id; null when not visible to you.',
  })
  conferenceEntry(
    @Arg('id', () => ID, { description: 'The conference entry id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<ConferenceEntry | null> {
    return new ConferenceService(ctx).entryById(id);
  }

  @CaseStaffOnly()
  @Mutation(() => CaseConference, { description: 'Schedule a case conference (Centre staff).' })
  scheduleConference(
    @Arg('input', () => ScheduleConferenceInput, {
      description: 'When, the agenda and who takes part.',
    })
    input: ScheduleConferenceInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<CaseConference> {
    return new ConferenceService(ctx).schedule(input, idempotencyKey);
  }

  @Mutation(() => CaseConference, {
    description: 'Open a scheduled conference: it goes LIVE (Centre staff).',
  })
  startConference(
    @Arg('id', () => ID, { description: 'The scheduled conference to open.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<CaseConference> {
    return new ConferenceService(ctx).start(id);
  }

  @Mutation(() => ConferenceEntry, {
    description: 'Record a minute, decision or action item of a LIVE conference (Centre staff).',
  })
  recordConferenceEntry(
    @Arg('input', () => RecordConferenceEntryInput, {
      description: 'The conference, and the minute, decision or action item.',
    })
    input: RecordConferenceEntryInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<ConferenceEntry> {
    return new ConferenceService(ctx).record(input, idempotencyKey);
  }

  @Mutation(() => CaseConference, { description: 'Close a LIVE conference (Centre staff).' })
  closeConference(
    @Arg('id', () => ID, { description: 'The live conference to close.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<CaseConference> {
    return new ConferenceService(ctx).close(id);
  }

  @Category(DataCategory.CONFERENCE)
  @FieldResolver(() => Case, { nullable: true, description: 'The case the conference is about.' })
  case(@Root() conference: CaseConference, @Ctx() ctx: HubContext): Promise<Case | null> {
    return new CaseService(ctx).byId(conference.case.id);
  }

  @Category(DataCategory.CONFERENCE)
  @FieldResolver(() => [ConferenceEntry], {
    description: 'Minutes, decisions and action items, in the order recorded.',
  })
  async entries(
    @Root() conference: CaseConference,
    @Ctx() ctx: HubContext,
    @Arg('kind', () => ConferenceEntryKind, {
      nullable: true,
      description: 'Only entries of this kind.',
    })
    kind?: ConferenceEntryKind | null,
  ): Promise<ConferenceEntry[]> {
    const entries = await new ConferenceService(ctx).entries(conference.id);
    return kind ? entries.filter((entry) => entry.kind === kind) : entries;
  }
}

@Resolver(() => ConferenceEntry)
export class ConferenceEntryResolver {
  @Category(DataCategory.CONFERENCE)
  @FieldResolver(() => CaseConference, {
    nullable: true,
    description: 'The conference it was recorded in.',
  })
  conference(
    @Root() entry: ConferenceEntry,
    @Ctx() ctx: HubContext,
  ): Promise<CaseConference | null> {
    return new ConferenceService(ctx).byId(entry.conference.id);
  }
}

@Resolver(() => Case)
export class CaseConferencesResolver {
  @Category(DataCategory.CONFERENCE)
  @FieldResolver(() => [CaseConference], {
    nullable: true,
    description: 'The case conferences held on the case, by date.',
  })
  conferences(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<CaseConference[]> {
    return new ConferenceService(ctx).forCase(kase.id);
  }
}
