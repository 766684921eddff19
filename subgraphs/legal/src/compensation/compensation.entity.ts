import { randomUUID } from 'node:crypto';
import { Category, DataCategory } from '@hub/common';
import {
  BigIntType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/postgresql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Proceeding } from '../proceeding/proceeding.entity';
import { CompensationForum, CompensationStatus } from './compensation.types';

@ObjectType({
  description:
    "A victim's claim for compensation: where it was made, how much, and what came of it. Amounts are integers in the currency's minor unit (100 = 1.00).",
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'compensation_claim' })
export class CompensationClaim {
  [OptionalProps]?: 'id' | 'proceeding' | 'status' | 'createdAt' | 'updatedAt';

  @Category(DataCategory.LEGAL)
  @Field(() => ID, { description: 'Identifies this compensation claim across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The case (owned by the cases subgraph). */
  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  /** The proceeding the claim is made in, if any. */
  @ManyToOne(() => Proceeding, { ref: true, nullable: true, deleteRule: 'cascade' })
  proceeding?: Ref<Proceeding> | null;

  @Category(DataCategory.LEGAL)
  @Field(() => CompensationForum, { nullable: true, description: 'Where the claim is made.' })
  @Enum({ items: () => CompensationForum })
  forum!: CompensationForum;

  @Category(DataCategory.LEGAL)
  @Field(() => CompensationStatus, { nullable: true, description: 'Where the claim stands.' })
  @Enum({ items: () => CompensationStatus })
  status: CompensationStatus = CompensationStatus.FILED;

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: 'The ISO 4217 currency of every amount.' })
  @Property({ type: 'text' })
  currency!: string;

  @Category(DataCategory.LEGAL)
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'The amount claimed, in minor units.',
  })
  @Property({ type: new BigIntType('number') })
  amountClaimed!: number;

  @Category(DataCategory.LEGAL)
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'The amount awarded, in minor units, once granted in full or in part.',
  })
  @Property({ type: new BigIntType('number'), nullable: true })
  amountAwarded?: number | null;

  @Category(DataCategory.LEGAL)
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'The amount actually paid to the victim, in minor units, once paid.',
  })
  @Property({ type: new BigIntType('number'), nullable: true })
  amountPaid?: number | null;

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: 'When it was filed, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  filedOn!: string;

  @Category(DataCategory.LEGAL)
  @Field(() => String, {
    nullable: true,
    description: 'When it was decided or withdrawn, YYYY-MM-DD.',
  })
  @Property({ type: 'date', nullable: true })
  decidedOn?: string | null;

  @Category(DataCategory.LEGAL)
  @Field(() => String, {
    nullable: true,
    description: "The decision's reference, e.g. the judgment's file number.",
  })
  @Property({ type: 'text', nullable: true })
  decisionReference?: string | null;

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: 'When it was paid, YYYY-MM-DD.' })
  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: 'Anything worth knowing, in plain words.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** Who recorded the filing (token subject); later changes are in the event log. */
  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
