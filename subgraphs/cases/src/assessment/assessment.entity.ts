import { randomUUID } from 'node:crypto';
import { Category, DataCategory } from '@hub/common';
import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity';
import { AssessmentFinding } from './assessment.types';

@ObjectType({
  description:
    'An assessment of the risks, strengths and needs of the victim and the people around them. Revised by recording a new version.',
})
@Entity({ tableName: 'assessment' })
@Unique({ properties: ['case', 'version'] })
export class Assessment {
  [OptionalProps]?: 'id' | 'recordedAt';

  @Category(DataCategory.ASSESSMENT)
  @Field(() => ID, { description: 'Identifies this assessment across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Category(DataCategory.ASSESSMENT)
  @Field(() => Int, { nullable: true, description: '1 for the first assessment, then 2, 3, …' })
  @Property({ type: 'integer' })
  version!: number;

  @Category(DataCategory.ASSESSMENT)
  @Field(() => String, { nullable: true, description: 'The day of the assessment (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  assessedOn!: string;

  @Category(DataCategory.ASSESSMENT)
  @Field(() => String, { nullable: true, description: 'Who assessed (token subject).' })
  @Property({ type: 'text' })
  assessedBy!: string;

  @Category(DataCategory.ASSESSMENT)
  @Field(() => [AssessmentFinding], {
    nullable: true,
    description: 'The risks, strengths and needs found.',
  })
  @Property({ type: 'jsonb' })
  findings!: AssessmentFinding[];

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
