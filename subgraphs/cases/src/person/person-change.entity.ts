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

/**
 * One change to one field of the person record, with the value it replaced. An entry is listed
 * only to a caller who may see every category it names; its values are checked again on read.
 */
@ObjectType({
  description:
    'One change to the person record: which field, the value it replaced and the value set, who and when. Listed only with consent to its categories.',
})
@Entity({ tableName: 'person_change' })
export class PersonChange {
  [OptionalProps]?: 'id' | 'changedAt';

  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'Identifies this person change across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Category(DataCategory.CORE)
  @Field({ description: 'The field of Person that changed, e.g. "phone" or "familyMembers".' })
  @Property({ type: 'text' })
  field!: string;

  @Category(DataCategory.CORE)
  @Field(() => [DataCategory], { description: 'The categories needed to see this entry.' })
  @Property({ type: 'text[]' })
  categories!: DataCategory[];

  /** The value replaced (null: there was none), as JSON. */
  @Property({ type: 'json', nullable: true })
  previous?: unknown;

  /** The value set (null: cleared), as JSON. */
  @Property({ type: 'json', nullable: true })
  value?: unknown;

  @Category(DataCategory.CORE)
  @Field({ description: 'The Centre user (subject) who made the change.' })
  @Property({ type: 'text' })
  changedBy!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'When the change was made.' })
  @Index()
  @Property({ type: 'timestamptz' })
  changedAt: Date = new Date();
}
