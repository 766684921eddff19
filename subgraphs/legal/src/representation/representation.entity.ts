import { randomUUID } from 'node:crypto';
import { Category, DataCategory } from '@hub/common';
import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Proceeding } from '../proceeding/proceeding.entity';

@ObjectType({
  description:
    "A lawyer representing the victim: for the whole case, or for one of its proceedings. The lawyer's organisation (an NGO such as ASTRA, or a law office) may record hearing outcomes and compensation claims of what it represents while the representation is active and it holds LEGAL consent for the case.",
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'representation' })
export class Representation {
  [OptionalProps]?: 'id' | 'proceeding' | 'createdAt';

  @Category(DataCategory.LEGAL)
  @Field(() => ID, { description: 'Identifies this representation across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The case (owned by the cases subgraph). */
  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  /** The proceeding, when the representation is for one proceeding only. */
  @ManyToOne(() => Proceeding, { ref: true, nullable: true, deleteRule: 'cascade' })
  proceeding?: Ref<Proceeding> | null;

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: "The lawyer's name, as written." })
  @Property({ type: 'text' })
  lawyerName!: string;

  @Category(DataCategory.LEGAL)
  @Field(() => String, {
    nullable: true,
    description:
      'The stable code of the partner the lawyer works for (e.g. "astra"); look it up with `partnerByCode`.',
  })
  @Property({ type: 'text' })
  partnerCode!: string;

  @Category(DataCategory.LEGAL)
  @Field(() => String, {
    nullable: true,
    description: 'First day of the representation, YYYY-MM-DD.',
  })
  @Property({ type: 'date' })
  startedOn!: string;

  @Category(DataCategory.LEGAL)
  @Field(() => String, {
    nullable: true,
    description:
      'The day the representation ended or ends (it is no longer active from that day), YYYY-MM-DD; null while open-ended.',
  })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Category(DataCategory.LEGAL)
  @Field(() => String, {
    nullable: true,
    description: 'When the victim (or guardian) signed the power of attorney, YYYY-MM-DD.',
  })
  @Property({ type: 'date', nullable: true })
  powerOfAttorneyOn?: string | null;

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: 'Why the representation ended, if it has.' })
  @Property({ type: 'text', nullable: true })
  endReason?: string | null;

  /** Who recorded the appointment (token subject). */
  @Property({ type: 'text' })
  appointedBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Whether the representation is in force on `day` (YYYY-MM-DD). */
  activeOn(day: string): boolean {
    return this.startedOn <= day && (!this.endedOn || this.endedOn > day);
  }
}
