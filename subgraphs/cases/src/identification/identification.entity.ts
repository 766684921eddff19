import { randomUUID } from 'node:crypto';
import { Category, DataCategory } from '@hub/common';
import {
  Embeddable,
  Embedded,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity';
import {
  ExploitationType,
  IdentificationDecision,
  MeansOfControl,
  PreliminaryResult,
  RecruiterRelation,
  RecruitmentMethod,
  TraffickingScope,
} from './identification.types';

@ObjectType({
  description:
    'A preliminary identification: the shared checklist of indicators, filled in by the Centre or a partner that first meets the person.',
})
@Entity({ tableName: 'preliminary_identification' })
export class PreliminaryIdentification {
  [OptionalProps]?: 'id' | 'otherIndicators' | 'recordedAt';

  @Category(DataCategory.EXPLOITATION)
  @Field(() => ID, {
    description: 'Identifies this preliminary identification across the hub (a UUID).',
  })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => [MeansOfControl], { nullable: true, description: 'The indicators observed.' })
  @Enum({ items: () => MeansOfControl, array: true })
  indicators!: MeansOfControl[];

  @Category(DataCategory.EXPLOITATION)
  @Field(() => String, { nullable: true, description: 'Other indicators, in words.' })
  @Property({ type: 'text', nullable: true })
  otherIndicators?: string | null;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => PreliminaryResult, { nullable: true, description: 'What the checklist suggests.' })
  @Enum({ items: () => PreliminaryResult })
  result!: PreliminaryResult;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => String, { nullable: true, description: 'When it was filled in (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  assessedOn!: string;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => String, { nullable: true, description: 'The partner whose staff filled it in.' })
  @Property({ type: 'text' })
  partner!: string;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => String, { nullable: true, description: 'Who recorded it (token subject).' })
  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}

@ObjectType('Recruitment', { description: 'How the person was recruited, and by whom.' })
@Embeddable()
export class RecruitmentFacts {
  @Category(DataCategory.EXPLOITATION)
  @Field(() => RecruitmentMethod, { nullable: true, description: 'The method of recruitment.' })
  @Enum({ items: () => RecruitmentMethod, nullable: true })
  method?: RecruitmentMethod | null;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => RecruiterRelation, {
    nullable: true,
    description: 'The recruiter in relation to the person.',
  })
  @Enum({ items: () => RecruiterRelation, nullable: true })
  recruiterRelation?: RecruiterRelation | null;
}

@ObjectType({
  description:
    'The formal identification decision of the Centre, with its finding and opinion. A case may be re-identified; the latest decision stands.',
})
@Entity({ tableName: 'identification' })
export class Identification {
  [OptionalProps]?: 'id' | 'scope' | 'recruitment' | 'child' | 'recordedAt';

  @Category(DataCategory.EXPLOITATION)
  @Field(() => ID, { description: 'Identifies this identification across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => IdentificationDecision, { nullable: true, description: 'The decision.' })
  @Enum({ items: () => IdentificationDecision })
  decision!: IdentificationDecision;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => String, { nullable: true, description: 'The date of the decision (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => String, { nullable: true, description: 'Who decided (token subject).' })
  @Property({ type: 'text' })
  decidedBy!: string;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => String, { nullable: true, description: 'The finding and opinion, as written.' })
  @Property({ type: 'text' })
  finding!: string;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => [ExploitationType], {
    nullable: true,
    description: 'The types of exploitation found.',
  })
  @Enum({ items: () => ExploitationType, array: true })
  exploitationTypes!: ExploitationType[];

  @Category(DataCategory.EXPLOITATION)
  @Field(() => TraffickingScope, { nullable: true, description: 'Internal or transnational.' })
  @Enum({ items: () => TraffickingScope, nullable: true })
  scope?: TraffickingScope | null;

  @Category(DataCategory.EXPLOITATION)
  @Field(() => RecruitmentFacts, { nullable: true, description: 'How the person was recruited.' })
  @Embedded(() => RecruitmentFacts, { prefix: 'recruitment_' })
  recruitment: RecruitmentFacts = new RecruitmentFacts();

  @Category(DataCategory.IDENTITY)
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the person was a child (under 18) on the day of the decision, from the date of birth; null when that is unknown.',
  })
  @Property({ type: 'boolean', nullable: true })
  child?: boolean | null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
