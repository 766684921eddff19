import { randomUUID } from 'node:crypto';
import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Partner } from '../partner/partner.entity';

@ObjectType({
  description:
    'A local anti-trafficking team: the partners of one municipality or city working together, led by a coordinating partner.',
})
@Entity({ tableName: 'local_team' })
export class LocalTeam {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID, { description: 'Identifies this local team across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'The team’s name as it writes it.' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The municipality or city the team works in (one team each).' })
  @Property({ type: 'text', unique: true })
  municipality!: string;

  @Index()
  @ManyToOne(() => Partner, { ref: true })
  coordinator!: Ref<Partner>;

  @Field({ description: 'When the team was recorded.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A partner's place in a local team. */
@Entity({ tableName: 'local_team_member' })
@Unique({ properties: ['team', 'partner'] })
export class LocalTeamMembership {
  [OptionalProps]?: 'id' | 'addedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => LocalTeam, { ref: true })
  team!: Ref<LocalTeam>;

  @Index()
  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Property({ type: 'timestamptz' })
  addedAt: Date = new Date();
}
