import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { searchKeySql } from '@hub/common';
import { AgencyType, PartnerContact } from './partner.types';

@ObjectType({
  description: 'An agency in the referral mechanism: the Centre, police, a court, an NGO, …',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ tableName: 'partner' })
export class Partner {
  [OptionalProps]?: 'id' | 'active' | 'contacts' | 'createdAt' | 'searchKey';

  @Field(() => ID, { description: 'Identifies this partner across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Stable short code, used in tokens (the `partner` claim), e.g. "astra".' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field({ description: 'The name as the agency writes it.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => AgencyType, { description: 'What kind of agency this is.' })
  @Enum({ items: () => AgencyType })
  agencyType!: AgencyType;

  @Field({ description: 'The municipality (општина) the agency sits in.' })
  @Property({ type: 'text' })
  municipality!: string;

  @Field(() => [PartnerContact], {
    description: 'Work contacts of the agency (never of a victim).',
  })
  @Property({ type: 'jsonb' })
  contacts: PartnerContact[] = [];

  @Field({ description: 'False once the agency no longer takes part.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** The name and code folded for search ("astra", "астра" alike); PostgreSQL keeps it. */
  @Property({
    type: 'text',
    nullable: true,
    lazy: true,
    hidden: true,
    generated: `(${searchKeySql(`"name" || ' ' || "code"`)}) stored`,
  })
  searchKey?: string | null;
}
