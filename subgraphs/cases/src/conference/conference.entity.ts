import { randomUUID } from 'node:crypto';
import { Category, DataCategory } from '@hub/common';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity';
import { ConferenceEntryKind, ConferenceParticipant, ConferenceStatus } from './conference.types';

@ObjectType({
  description:
    'A case conference: the partners involved meet on a case, with agenda, minutes, decisions and action items.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'case_conference' })
export class CaseConference {
  [OptionalProps]?: 'id' | 'status' | 'startedAt' | 'closedAt' | 'createdAt';

  @Category(DataCategory.CONFERENCE)
  @Field(() => ID, { description: 'Identifies this case conference across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true })
  case!: Ref<Case>;

  @Category(DataCategory.CONFERENCE)
  @Field({ description: 'When it takes place.' })
  @Property({ type: 'timestamptz' })
  scheduledAt!: Date;

  @Category(DataCategory.CONFERENCE)
  @Field(() => ConferenceStatus, { description: 'SCHEDULED, LIVE while it is held, then CLOSED.' })
  @Enum({ items: () => ConferenceStatus })
  status: ConferenceStatus = ConferenceStatus.SCHEDULED;

  @Category(DataCategory.CONFERENCE)
  @Field(() => [String], { description: 'The agenda, in order.' })
  @Property({ type: 'text[]' })
  agenda!: string[];

  @Category(DataCategory.CONFERENCE)
  @Field(() => [ConferenceParticipant], { description: 'Who takes part.' })
  @Property({ type: 'jsonb' })
  participants!: ConferenceParticipant[];

  @Category(DataCategory.CONFERENCE)
  @Field({ description: 'The Centre user coordinating it (token subject).' })
  @Property({ type: 'text' })
  coordinator!: string;

  @Category(DataCategory.CONFERENCE)
  @Field(() => Date, { nullable: true, description: 'When it went live.' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Category(DataCategory.CONFERENCE)
  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

@ObjectType({
  description: 'A line of the minutes, a decision, or an action item of a case conference.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'conference_entry' })
export class ConferenceEntry {
  [OptionalProps]?: 'id' | 'recordedAt' | 'assignee' | 'dueOn';

  @Category(DataCategory.CONFERENCE)
  @Field(() => ID, { description: 'Identifies this conference entry across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => CaseConference, { ref: true, deleteRule: 'cascade' })
  conference!: Ref<CaseConference>;

  /** The case, copied from the conference: consent is decided per case. */
  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  @Category(DataCategory.CONFERENCE)
  @Field(() => ConferenceEntryKind, { description: 'Minute, decision or action item.' })
  @Enum({ items: () => ConferenceEntryKind })
  kind!: ConferenceEntryKind;

  @Category(DataCategory.CONFERENCE)
  @Field({ description: 'The text, as recorded.' })
  @Property({ type: 'text' })
  text!: string;

  @Category(DataCategory.CONFERENCE)
  @Field(() => String, {
    nullable: true,
    description: 'For an action item: the partner code responsible.',
  })
  @Property({ type: 'text', nullable: true })
  assignee?: string | null;

  @Category(DataCategory.CONFERENCE)
  @Field(() => String, {
    nullable: true,
    description: 'For an action item: when it is due (YYYY-MM-DD).',
  })
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Category(DataCategory.CONFERENCE)
  @Field({ description: 'Who recorded it (token subject).' })
  @Property({ type: 'text' })
  recordedBy!: string;

  @Category(DataCategory.CONFERENCE)
  @Field({ description: 'When it was recorded.' })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
