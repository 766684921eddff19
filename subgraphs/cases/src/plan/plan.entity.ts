import { randomUUID } from 'node:crypto';
import { Category, DataCategory, ServiceType, today } from '@hub/common';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity';
import { OPEN_ITEM_STATUSES, PlanItemStatus } from './plan.types';

@ObjectType({
  description:
    'A version of the individual protection plan: the goals agreed with the person and the items (support, provider, due date) that serve them.',
})
@Entity({ tableName: 'protection_plan' })
@Unique({ properties: ['case', 'version'] })
export class ProtectionPlan {
  [OptionalProps]?: 'id' | 'supersededAt' | 'createdAt';

  @Category(DataCategory.PLAN)
  @Field(() => ID, { description: 'Identifies this protection plan across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Category(DataCategory.PLAN)
  @Field(() => Int, { nullable: true, description: '1 for the first plan, then 2, 3, …' })
  @Property({ type: 'integer' })
  version!: number;

  @Category(DataCategory.PLAN)
  @Field(() => [String], { nullable: true, description: 'The goals: the desired changes.' })
  @Property({ type: 'text[]' })
  goals!: string[];

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'Who adopted it (token subject).' })
  @Property({ type: 'text' })
  adoptedBy!: string;

  @Category(DataCategory.PLAN)
  @Field(() => Date, { nullable: true, description: 'When it was adopted.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Category(DataCategory.PLAN)
  @Field(() => Date, {
    nullable: true,
    description: 'When a newer version replaced it; null for the plan in force.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  supersededAt?: Date | null;
}

@ObjectType({ description: 'An item of a protection plan: which support, from whom, by when.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'plan_item' })
export class PlanItem {
  [OptionalProps]?:
    | 'id'
    | 'goal'
    | 'serviceType'
    | 'serviceId'
    | 'status'
    | 'statusChangedAt'
    | 'referralId'
    | 'cancelReason'
    | 'sourceEntryId'
    | 'overdue'
    | 'createdAt';

  @Category(DataCategory.PLAN)
  @Field(() => ID, { description: 'Identifies this plan item across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => ProtectionPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<ProtectionPlan>;

  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'What is to be done.' })
  @Property({ type: 'text' })
  description!: string;

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'The goal of the plan it serves.' })
  @Property({ type: 'text', nullable: true })
  goal?: string | null;

  @Category(DataCategory.PLAN)
  @Field(() => ServiceType, { nullable: true, description: 'The kind of support.' })
  @Enum({ items: () => ServiceType, nullable: true })
  serviceType?: ServiceType | null;

  /** The catalogue service (services subgraph), when chosen; read through `service`. */
  @Property({ type: 'uuid', nullable: true })
  serviceId?: string | null;

  /** The responsible partner's code; read through `responsiblePartner`. */
  @Index()
  @Property({ type: 'text' })
  responsiblePartnerCode!: string;

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD).' })
  @Index()
  @Property({ type: 'date' })
  dueOn!: string;

  @Category(DataCategory.PLAN)
  @Field(() => PlanItemStatus, { nullable: true, description: 'Where the item stands.' })
  @Enum({ items: () => PlanItemStatus })
  status: PlanItemStatus = PlanItemStatus.PLANNED;

  @Category(DataCategory.PLAN)
  @Field(() => Date, { nullable: true, description: 'When the status last changed.' })
  @Property({ type: 'timestamptz' })
  statusChangedAt: Date = new Date();

  @Category(DataCategory.PLAN)
  @Field(() => ID, {
    nullable: true,
    description: 'The referral made for it, once REFERRED (see Case.referrals).',
  })
  @Property({ type: 'uuid', nullable: true })
  referralId?: string | null;

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  /** The conference action item it came from, if any (one item per action item). */
  @Property({ type: 'uuid', nullable: true, unique: true })
  sourceEntryId?: string | null;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Category(DataCategory.PLAN)
  @Field(() => Boolean, { nullable: true, description: 'Still open and past its due date.' })
  get overdue(): boolean {
    return OPEN_ITEM_STATUSES.includes(this.status) && this.dueOn < today();
  }
}
