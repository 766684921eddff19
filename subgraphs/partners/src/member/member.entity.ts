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
    'A person working for a partner (a contact point in the referral mechanism), with work contacts only.',
})
@Entity({ tableName: 'member' })
export class Member {
  [OptionalProps]?: 'id' | 'active' | 'createdAt' | 'deactivatedAt' | 'workEmail' | 'workPhone';

  @Field(() => ID, { description: 'Identifies this member across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field({ description: 'Name, as the person writes it.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'Function or position at the partner, e.g. "социјални радник".' })
  @Property({ type: 'text' })
  position!: string;

  @Field(() => String, { nullable: true, description: 'Work e-mail.' })
  @Property({ type: 'text', nullable: true })
  workEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone.' })
  @Property({ type: 'text', nullable: true })
  workPhone?: string | null;

  @Field({ description: 'False once the person no longer works on this for the partner.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field({ description: 'When the member was added.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the member was deactivated, if so.' })
  @Property({ type: 'timestamptz', nullable: true })
  deactivatedAt?: Date | null;
}
