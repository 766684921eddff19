import { randomUUID } from 'node:crypto';
import {
  BeforeCreate,
  Entity,
  Enum,
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
import { FIRST_CONTACT_WITHIN_MS, ReportChannel, ReportUrgency } from './report.types';

@ObjectType({ description: 'A report (пријава) through which a case came to the Centre.' })
@Entity({ tableName: 'report' })
export class Report {
  [OptionalProps]?:
    | 'id'
    | 'receivedAt'
    | 'urgency'
    | 'firstContactDueAt'
    | 'firstContactAt'
    | 'overdue'
    | 'createdAt';

  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'Identifies this report across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Category(DataCategory.CORE)
  @Field(() => ReportChannel, { description: 'How the report came in.' })
  @Enum({ items: () => ReportChannel })
  channel!: ReportChannel;

  /** The code of the partner that reported, when a partner did (owned by the partners subgraph). */
  @Property({ type: 'text', nullable: true })
  reportingPartnerCode?: string | null;

  @Category(DataCategory.CORE)
  @Field({ description: 'When the Centre received the report.' })
  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();

  @Category(DataCategory.CORE)
  @Field(() => ReportUrgency, { description: 'How urgent the report is.' })
  @Enum({ items: () => ReportUrgency, default: ReportUrgency.NORMAL })
  urgency: ReportUrgency = ReportUrgency.NORMAL;

  @Category(DataCategory.CORE)
  @Field({ description: 'First contact with the person is due by then: 24 hours after receipt.' })
  @Index()
  @Property({ type: 'timestamptz' })
  firstContactDueAt!: Date;

  /** The due time follows from the receipt time unless it was set explicitly. */
  @BeforeCreate()
  protected dueFromReceipt(): void {
    this.firstContactDueAt ??= new Date(this.receivedAt.getTime() + FIRST_CONTACT_WITHIN_MS);
  }

  @Category(DataCategory.CORE)
  @Field(() => Date, {
    nullable: true,
    description: 'When the Centre first reached the person; null until it has.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  firstContactAt?: Date | null;

  @Category(DataCategory.CORE)
  @Field(() => Boolean, {
    description: 'True while first contact is past due and not yet made.',
  })
  get overdue(): boolean {
    return !this.firstContactAt && this.firstContactDueAt.getTime() < Date.now();
  }

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
