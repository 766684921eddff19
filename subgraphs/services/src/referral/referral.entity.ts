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
import { Service } from '../service/service.entity';
import { ReferralNote, ReferralStatus } from './referral.types';

@ObjectType({
  description:
    'A referral of a case to a service in the catalogue, and how the provider answered it.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'referral' })
export class Referral {
  [OptionalProps]?: 'id' | 'status' | 'notes' | 'createdAt' | 'updatedAt';

  @Category(DataCategory.PLAN)
  @Field(() => ID, { description: 'Identifies this referral across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The case (owned by the cases subgraph). */
  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Service, { ref: true })
  service!: Ref<Service>;

  /** The provider's partner code, copied from the service when the referral is made. */
  @Index()
  @Property({ type: 'text' })
  providerCode!: string;

  @Category(DataCategory.PLAN)
  @Field(() => ID, {
    nullable: true,
    description: 'The protection-plan item the referral carries out, if any.',
  })
  @Property({ type: 'uuid', nullable: true })
  planItemId?: string | null;

  @Category(DataCategory.PLAN)
  @Field(() => ReferralStatus, { description: 'Where the referral stands.' })
  @Enum({ items: () => ReferralStatus })
  status: ReferralStatus = ReferralStatus.SENT;

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'What the provider should know.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'Why the provider declined, when it did.' })
  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'Why the Centre withdrew it, when it did.' })
  @Property({ type: 'text', nullable: true })
  withdrawReason?: string | null;

  @Category(DataCategory.PLAN)
  @Field(() => [ReferralNote], { description: 'Progress notes from the provider, oldest first.' })
  @Property({ type: 'jsonb' })
  notes: ReferralNote[] = [];

  @Category(DataCategory.PLAN)
  @Field({ description: 'Who made the referral (token subject).' })
  @Property({ type: 'text' })
  createdBy!: string;

  @Category(DataCategory.PLAN)
  @Field({ description: 'When it was made.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Category(DataCategory.PLAN)
  @Field({ description: 'When it last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
