import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Category, DataCategory } from '@hub/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ProceedingKind, ProceedingStage, VictimRole } from './proceeding.types';

@ObjectType({
  description:
    'A criminal, misdemeanour or civil compensation proceeding in which a victim takes part.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'proceeding' })
export class Proceeding {
  [OptionalProps]?: 'id' | 'charges' | 'createdAt';

  @Category(DataCategory.LEGAL)
  @Field(() => ID, { description: 'Identifies this proceeding across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The case (owned by the cases subgraph). */
  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  @Category(DataCategory.LEGAL)
  @Field(() => ProceedingKind, { description: 'Criminal, misdemeanour or civil compensation.' })
  @Enum({ items: () => ProceedingKind })
  kind!: ProceedingKind;

  @Category(DataCategory.LEGAL)
  @Field(() => ProceedingStage, { description: 'Where the proceeding stands.' })
  @Enum({ items: () => ProceedingStage })
  stage!: ProceedingStage;

  @Category(DataCategory.LEGAL)
  @Field(() => [String], {
    description: 'Criminal Code articles charged, e.g. "388" (trafficking in human beings).',
  })
  @Property({ type: 'text[]' })
  charges: string[] = [];

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: "The court's or prosecution's file number." })
  @Property({ type: 'text', nullable: true })
  fileNumber?: string | null;

  @Category(DataCategory.LEGAL)
  @Field(() => VictimRole, { description: "The victim's role: injured party, witness, or both." })
  @Enum({ items: () => VictimRole })
  victimRole!: VictimRole;

  /** The court hearing the case (a partner). */
  @Property({ type: 'uuid', nullable: true })
  courtId?: string | null;

  /** The public prosecution leading the case (a partner). */
  @Property({ type: 'uuid', nullable: true })
  prosecutionId?: string | null;

  @Category(DataCategory.LEGAL)
  @Field(() => String, {
    nullable: true,
    description: 'When the proceeding started, ISO 8601 date.',
  })
  @Property({ type: 'date', nullable: true })
  startedOn?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
