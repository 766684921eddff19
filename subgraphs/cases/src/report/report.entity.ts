import { randomUUID } from 'node:crypto';
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
import { Category, DataCategory } from '@hub/common';
import { Field, ID, ObjectType } from 'type-graphql';
import { Case } from '../case/case.entity';
import { ReportChannel } from './report.types';

@ObjectType({ description: 'A report (пријава) through which a case came to the Centre.' })
@Entity({ tableName: 'report' })
export class Report {
  [OptionalProps]?: 'id' | 'receivedAt' | 'createdAt';

  @Category(DataCategory.CORE)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Category(DataCategory.CORE)
  @Field(() => ReportChannel, { description: 'How the report came in.' })
  @Enum({ items: () => ReportChannel })
  channel!: ReportChannel;

  /** The code of the partner that reported, when a partner did (owned by the partners subgraph). */
  @Property({ type: 'text', nullable: true })
  reportingPartnerCode?: string | null;

  @Category(DataCategory.CORE)
  @Field({ description: 'When the Centre received the report.' })
  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
