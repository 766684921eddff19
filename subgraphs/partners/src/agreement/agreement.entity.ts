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
import { Field, ID, ObjectType } from 'type-graphql';
import { Partner } from '../partner/partner.entity';

@ObjectType({
  description:
    'A cooperation agreement (споразум о сарадњи) between a partner and the Centre or another partner.',
})
@Entity({ tableName: 'cooperation_agreement' })
export class CooperationAgreement {
  [OptionalProps]?:
    'id' | 'validUntil' | 'reference' | 'terminatedOn' | 'terminationReason' | 'createdAt';

  @Field(() => ID, {
    description: 'Identifies this cooperation agreement across the hub (a UUID).',
  })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Index()
  @ManyToOne(() => Partner, { ref: true })
  counterpart!: Ref<Partner>;

  @Field({ description: 'The title of the agreement, as written.' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'The day it was signed, ISO 8601 (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  signedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The last day it is valid (YYYY-MM-DD); null when open-ended.',
  })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The registry number or document reference, when there is one.',
  })
  @Property({ type: 'text', nullable: true })
  reference?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day it was terminated early (YYYY-MM-DD), if it was.',
  })
  @Property({ type: 'date', nullable: true })
  terminatedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was terminated, if it was.' })
  @Property({ type: 'text', nullable: true })
  terminationReason?: string | null;

  /** Who recorded it (token subject). */
  @Property({ type: 'text' })
  recordedBy!: string;

  @Field({ description: 'When it was recorded in the hub.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
