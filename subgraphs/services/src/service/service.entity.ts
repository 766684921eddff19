import { randomUUID } from 'node:crypto';
import { DataCategory } from '@hub/common';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Eligibility, ServiceType } from './service.types';

@ObjectType({
  description: 'A service in the catalogue: what one provider offers, to whom, where.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'service' })
export class Service {
  [OptionalProps]?:
    | 'id'
    | 'free'
    | 'requiredCategories'
    | 'createdAt'
    | 'updatedAt'
    | 'capacity'
    | 'description'
    | 'active';

  @Field(() => ID, { description: 'Identifies this service across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ServiceType, { description: 'The kind of support.' })
  @Enum({ items: () => ServiceType })
  type!: ServiceType;

  @Field({ description: 'The name the provider gives the service.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "What the service does, in the provider's words.",
  })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** The code of the partner offering the service (owned by the partners subgraph). */
  @Index()
  @Property({ type: 'text' })
  providerCode!: string;

  @Field(() => Eligibility, { description: 'Who the service is for.' })
  @Property({ type: 'jsonb' })
  eligibility!: Eligibility;

  @Field(() => [String], {
    description: 'Municipalities or regions served; "*" means the whole country.',
  })
  @Property({ type: 'text[]' })
  regions!: string[];

  @Field(() => [String], {
    description: 'Languages the service is offered in (ISO 639-1, e.g. "sr", "en").',
  })
  @Property({ type: 'text[]' })
  languages!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'How many people it can serve at once; null when not limited.',
  })
  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  @Field({ description: 'True when the service costs the person nothing.' })
  @Property({ type: 'boolean' })
  free: boolean = true;

  @Field(() => [DataCategory], {
    description:
      'The case data categories the provider must be granted before a referral to this service.',
  })
  @Property({ type: 'text[]' })
  requiredCategories: DataCategory[] = [DataCategory.CORE];

  @Field({
    description: 'False once the provider no longer offers it; it is then not found for new cases.',
  })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
