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
import { HearingSupport, ProtectiveMeasure } from './hearing.types';

@ObjectType({
  description: 'A hearing in a proceeding, and what the victim needs to attend it safely.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'hearing' })
export class Hearing {
  [OptionalProps]?: 'id' | 'supportNeeded' | 'protectiveMeasures' | 'createdAt';

  @Category(DataCategory.LEGAL)
  @Field(() => ID, { description: 'Identifies this hearing across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Proceeding, { ref: true, deleteRule: 'cascade' })
  proceeding!: Ref<Proceeding>;

  /** The case, copied from the proceeding: consent is decided per case. */
  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  @Category(DataCategory.LEGAL)
  @Field({ description: 'When the hearing takes place.' })
  @Index()
  @Property({ type: 'timestamptz' })
  scheduledAt!: Date;

  @Category(DataCategory.LEGAL)
  @Field({ description: 'What the hearing is for.' })
  @Property({ type: 'text' })
  purpose!: string;

  @Category(DataCategory.LEGAL)
  @Field(() => [HearingSupport], {
    description: 'Support the victim needs there: escort, psychologist, interpreter, lawyer.',
  })
  @Property({ type: 'text[]' })
  supportNeeded: HearingSupport[] = [];

  @Category(DataCategory.LEGAL)
  @Field(() => [ProtectiveMeasure], {
    description: 'Protective measures: video link, no confrontation, …',
  })
  @Property({ type: 'text[]' })
  protectiveMeasures: ProtectiveMeasure[] = [];

  @Category(DataCategory.LEGAL)
  @Field(() => String, {
    nullable: true,
    description: 'The interpreter’s language (ISO 639-1), if any.',
  })
  @Property({ type: 'text', nullable: true })
  interpreterLanguage?: string | null;

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: 'What happened, once it has taken place.' })
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
