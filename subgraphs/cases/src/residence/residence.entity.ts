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
import { Field, ID, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity';
import { ResidenceStatus, ReturnStatus } from './residence.types';

@ObjectType({
  description: 'A voluntary return to the country of origin, organised with a partner such as IOM.',
})
@Entity({ tableName: 'voluntary_return' })
export class VoluntaryReturn {
  [OptionalProps]?: 'id' | 'status' | 'plannedOn' | 'returnedOn' | 'createdAt';

  @Category(DataCategory.PLAN)
  @Field(() => ID, { description: 'Identifies this voluntary return across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'Destination, ISO 3166-1 alpha-2.' })
  @Property({ type: 'text' })
  destinationCountry!: string;

  /** The organising partner's code; read through `partner`. */
  @Property({ type: 'text' })
  partnerCode!: string;

  @Category(DataCategory.PLAN)
  @Field(() => ReturnStatus, { nullable: true, description: 'Where the return stands.' })
  @Enum({ items: () => ReturnStatus })
  status: ReturnStatus = ReturnStatus.REQUESTED;

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'Planned date (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  plannedOn?: string | null;

  @Category(DataCategory.PLAN)
  @Field(() => String, { nullable: true, description: 'The day of return, once completed.' })
  @Property({ type: 'date', nullable: true })
  returnedOn?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

@ObjectType({
  description: 'Temporary residence on humanitarian grounds for a foreign victim.',
})
@Entity({ tableName: 'humanitarian_residence' })
export class HumanitarianResidence {
  [OptionalProps]?: 'id' | 'status' | 'decidedOn' | 'validUntil' | 'createdAt';

  @Category(DataCategory.LEGAL)
  @Field(() => ID, {
    description: 'Identifies this humanitarian residence across the hub (a UUID).',
  })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Category(DataCategory.LEGAL)
  @Field(() => ResidenceStatus, { nullable: true, description: 'Where the residence stands.' })
  @Enum({ items: () => ResidenceStatus })
  status: ResidenceStatus = ResidenceStatus.APPLIED;

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: 'When applied for (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  appliedOn!: string;

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: 'The day of the last decision.' })
  @Property({ type: 'date', nullable: true })
  decidedOn?: string | null;

  @Category(DataCategory.LEGAL)
  @Field(() => String, { nullable: true, description: 'Valid until (YYYY-MM-DD), when granted.' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
