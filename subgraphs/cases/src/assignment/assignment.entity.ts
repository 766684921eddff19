import { randomUUID } from 'node:crypto';
import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/postgresql';
import { Category, DataCategory } from '@hub/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity';

@ObjectType({
  description:
    'One assignment of a case to a Centre case worker: who was made responsible, by whom, when.',
})
@Entity({ tableName: 'case_worker_assignment' })
export class CaseWorkerAssignment {
  [OptionalProps]?: 'id' | 'previousCaseWorkerName' | 'assignedAt';

  @Category(DataCategory.CORE)
  @Field(() => ID, {
    description: 'Identifies this case worker assignment across the hub (a UUID).',
  })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Category(DataCategory.CORE)
  @Field({ description: 'The case worker made responsible.' })
  @Property({ type: 'text' })
  caseWorkerName!: string;

  @Category(DataCategory.CORE)
  @Field(() => String, {
    nullable: true,
    description: 'The case worker who was responsible before; null for the first assignment.',
  })
  @Property({ type: 'text', nullable: true })
  previousCaseWorkerName?: string | null;

  @Category(DataCategory.CORE)
  @Field({ description: 'The Centre user (subject) who made the assignment.' })
  @Property({ type: 'text' })
  assignedBy!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'When.' })
  @Property({ type: 'timestamptz' })
  assignedAt: Date = new Date();
}
