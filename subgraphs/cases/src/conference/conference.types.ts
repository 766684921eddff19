import { Category, DataCategory, PARTNER_CODE, workflow } from '@hub/common';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum ConferenceStatus {
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(ConferenceStatus, {
  name: 'ConferenceStatus',
  description: 'SCHEDULED → LIVE → CLOSED.',
  valuesConfig: {
    SCHEDULED: { description: 'Planned; not yet begun.' },
    LIVE: { description: 'Under way: entries appear live for the participants.' },
    CLOSED: { description: 'Ended; its minutes can no longer change.' },
  },
});

export const CONFERENCE_WORKFLOW = workflow<ConferenceStatus>(
  'A conference',
  {
    SCHEDULED: [ConferenceStatus.LIVE],
    LIVE: [ConferenceStatus.CLOSED],
    CLOSED: [],
  },
  (from, to) => ({
    message: `A conference that is ${from} cannot become ${to}.`,
    details: { status: from },
  }),
);

export enum ConferenceEntryKind {
  MINUTE = 'MINUTE',
  DECISION = 'DECISION',
  ACTION_ITEM = 'ACTION_ITEM',
}
registerEnumType(ConferenceEntryKind, {
  name: 'ConferenceEntryKind',
  description: 'A line of the minutes, a decision, or an action item (who does what by when).',
  valuesConfig: {
    MINUTE: { description: 'A line of the minutes: what was said or reported.' },
    DECISION: { description: 'A decision the conference took.' },
    ACTION_ITEM: { description: 'Who does what by when; it can become a plan item.' },
  },
});

@ObjectType({
  description: 'Someone taking part in a case conference: a partner, a person, or both.',
})
export class ConferenceParticipant {
  @Category(DataCategory.CONFERENCE)
  @Field(() => String, {
    nullable: true,
    description: 'The partner code, when the participant represents a partner.',
  })
  partner?: string | null;

  @Category(DataCategory.CONFERENCE)
  @Field({ description: 'The participant’s name or function, as the coordinator wrote it.' })
  name!: string;
}

@InputType('ConferenceParticipantInput', { description: 'A participant of a case conference.' })
export class ConferenceParticipantInput {
  @Field(() => String, {
    nullable: true,
    description: 'The partner code, when the participant represents a partner.',
  })
  @IsOptional()
  @Matches(PARTNER_CODE, { message: 'partner must be a partner code' })
  partner?: string | null;

  @Field({ description: 'The participant’s name or function.' })
  @IsString()
  @Length(2, 200)
  name!: string;
}

@InputType({ description: 'A case conference to schedule.' })
export class ScheduleConferenceInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'When it takes place.' })
  @IsDate()
  scheduledAt!: Date;

  @Field(() => [String], { description: 'The agenda, in order.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  agenda!: string[];

  @Field(() => [ConferenceParticipantInput], { description: 'Who takes part.' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  participants!: ConferenceParticipantInput[];
}

@InputType({
  description:
    'A line of minutes, a decision or an action item, recorded while the conference is live.',
})
export class RecordConferenceEntryInput {
  @Field(() => ID, { description: 'The conference.' })
  @IsUUID()
  conferenceId!: string;

  @Field(() => ConferenceEntryKind, { description: 'What kind of entry.' })
  @IsEnum(ConferenceEntryKind)
  kind!: ConferenceEntryKind;

  @Field({ description: 'The text, as recorded.' })
  @IsString()
  @Length(1, 5000)
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For an action item: the partner code responsible.',
  })
  @IsOptional()
  @Matches(PARTNER_CODE, { message: 'assignee must be a partner code' })
  assignee?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For an action item: when it is due (YYYY-MM-DD).',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date, YYYY-MM-DD' })
  dueOn?: string | null;
}
