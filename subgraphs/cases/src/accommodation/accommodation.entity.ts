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
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity';
import { AccommodationKind } from './accommodation.types';

@ObjectType({
  description:
    'A stay in accommodation: where (provider and kind, the Shelter phase) and from/to. A move or a phase change ends one stay and starts the next.',
})
@Entity({ tableName: 'accommodation' })
export class Accommodation {
  [OptionalProps]?: 'id' | 'phase' | 'to' | 'endReason' | 'createdAt';

  @Category(DataCategory.LOCATION)
  @Field(() => ID, { description: 'Identifies this accommodation across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  /** The provider partner's code; read through `provider`. */
  @Index()
  @Property({ type: 'text' })
  providerCode!: string;

  @Category(DataCategory.LOCATION)
  @Field(() => AccommodationKind, { nullable: true, description: 'The kind of accommodation.' })
  @Enum({ items: () => AccommodationKind })
  kind!: AccommodationKind;

  @Category(DataCategory.LOCATION)
  @Field(() => Int, { nullable: true, description: 'The Shelter phase (1–3), for the Shelter.' })
  @Property({ type: 'smallint', nullable: true })
  phase?: number | null;

  @Category(DataCategory.LOCATION)
  @Field(() => String, { nullable: true, description: 'From (YYYY-MM-DD).' })
  @Property({ type: 'date', fieldName: 'from_on' })
  from!: string;

  @Category(DataCategory.LOCATION)
  @Field(() => String, { nullable: true, description: 'To (YYYY-MM-DD); null while current.' })
  @Property({ type: 'date', nullable: true, fieldName: 'to_on' })
  to?: string | null;

  @Category(DataCategory.LOCATION)
  @Field(() => String, {
    nullable: true,
    description:
      'Why the stay ended when the hub ended it, e.g. "CASE_CLOSED: RETURNED_HOME"; null for a move or an ordinary end.',
  })
  @Property({ type: 'text', nullable: true })
  endReason?: string | null;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
