import { randomUUID } from 'node:crypto';
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
import { Category, DataCategory, Sex } from '@hub/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity';
import { MeansOfControl, PreliminaryResult } from '../identification/identification.types';
import { Report } from './report.entity';
import { ReportChannel, ReportUrgency } from './report.types';

/**
 * A report as a partner submitted it: its receipt (reference, when the Centre's 24-hour clock
 * started) and, as written, what the partner knew of the person, what it observed and its
 * indicator checklist. The partner that wrote it reads it back whole (an authored type); anyone
 * else sees each field by the case's consent, like the case itself.
 */
@ObjectType({
  description:
    'A report a partner submitted, as the partner wrote it, with its receipt. The partner that wrote it always reads it back by its reference; it opens nothing else of the case: the case itself stays invisible to that partner until a grant says otherwise.',
})
@Entity({ tableName: 'partner_report' })
export class PartnerReport {
  [OptionalProps]?: 'id' | 'submittedAt';

  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'Identifies this partner report across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Category(DataCategory.CORE)
  @Field({ description: 'The receipt reference (e.g. "PR-7KQ2-M4XD"), to ask about the report.' })
  @Property({ type: 'text', unique: true })
  reference!: string;

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  /** The partner that submitted it (its code, from the submitter's token). */
  @Index()
  @Property({ type: 'text' })
  partnerCode!: string;

  /** The partner user (token subject) who submitted it. */
  @Property({ type: 'text' })
  submittedBy!: string;

  @Category(DataCategory.CORE)
  @Field(() => ReportChannel, { description: 'How the report came in.' })
  @Enum({ items: () => ReportChannel })
  channel!: ReportChannel;

  @Category(DataCategory.CORE)
  @Field(() => ReportUrgency, { description: 'How urgent the partner judged it.' })
  @Enum({ items: () => ReportUrgency })
  urgency!: ReportUrgency;

  @Category(DataCategory.CORE)
  @Field({ description: "When the hub received it: the start of the Centre's 24-hour clock." })
  @Index()
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Category(DataCategory.CORE)
  @Field({ description: 'First contact with the person is due by then (24 hours later).' })
  @Property({ type: 'timestamptz' })
  firstContactDueAt!: Date;

  @Category(DataCategory.IDENTITY)
  @Field(() => String, { nullable: true, description: 'Given name, as reported.' })
  @Property({ type: 'text', nullable: true })
  givenName?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => String, { nullable: true, description: 'Family name, as reported.' })
  @Property({ type: 'text', nullable: true })
  familyName?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => String, { nullable: true, description: 'Date of birth (YYYY-MM-DD), as reported.' })
  @Property({ type: 'text', nullable: true })
  dateOfBirth?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => Sex, { nullable: true, description: 'Sex, as reported.' })
  @Enum({ items: () => Sex, nullable: true })
  sex?: Sex | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => String, { nullable: true, description: 'Citizenship, as reported.' })
  @Property({ type: 'text', nullable: true })
  citizenship?: string | null;

  @Category(DataCategory.CONTACT)
  @Field(() => String, { nullable: true, description: 'Phone, as reported.' })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Category(DataCategory.CONTACT)
  @Field(() => String, { nullable: true, description: 'E-mail, as reported.' })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Category(DataCategory.CONTACT)
  @Field(() => String, { nullable: true, description: 'Contact person, as reported.' })
  @Property({ type: 'text', nullable: true })
  contactPerson?: string | null;

  @Category(DataCategory.LOCATION)
  @Field(() => String, { nullable: true, description: 'Municipality, as reported.' })
  @Property({ type: 'text', nullable: true })
  municipality?: string | null;

  @Category(DataCategory.LOCATION)
  @Field(() => String, { nullable: true, description: 'Address, as reported.' })
  @Property({ type: 'text', nullable: true })
  address?: string | null;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => String, {
    nullable: true,
    description: 'What the partner observed or was told, in its words.',
  })
  @Property({ type: 'text', nullable: true })
  account?: string | null;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => [MeansOfControl], {
    nullable: true,
    description: "The checklist's indicators observed; null when no checklist was filled in.",
  })
  @Property({ type: 'text[]', nullable: true })
  indicators?: MeansOfControl[] | null;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => String, { nullable: true, description: 'Other indicators, in words.' })
  @Property({ type: 'text', nullable: true })
  otherIndicators?: string | null;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => PreliminaryResult, {
    nullable: true,
    description: 'What the checklist suggests; null without a checklist.',
  })
  @Enum({ items: () => PreliminaryResult, nullable: true })
  checklistResult?: PreliminaryResult | null;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => String, { nullable: true, description: 'When the checklist was filled in.' })
  @Property({ type: 'text', nullable: true })
  checklistAssessedOn?: string | null;

  @Property({ type: 'timestamptz' })
  submittedAt: Date = new Date();
}
