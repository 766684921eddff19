import { randomUUID } from 'node:crypto';
import { Embedded, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Category, DataCategory } from '@hub/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CaseStatus, CaseWorker, ClosingReason, Person } from './case.types';

@ObjectType({
  description:
    'A case of a (presumed) victim of trafficking, known to partners by its pseudonymous code.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'case' })
export class Case {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'openedAt'
    | 'synthetic'
    | 'statisticsConsent'
    | 'closedAt'
    | 'closingReason'
    | 'closingNote'
    | 'createdAt'
    | 'updatedAt';

  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'Identifies this case across the hub (a UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Category(DataCategory.CORE)
  @Field({
    description:
      'Pseudonymous case code, the name partners use for the case (e.g. "DEMO-2026-001").',
  })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Category(DataCategory.CORE)
  @Field(() => CaseStatus, { description: 'Where the case stands.' })
  @Enum({ items: () => CaseStatus })
  status: CaseStatus = CaseStatus.REPORTED;

  @Category(DataCategory.CORE)
  @Field({ description: 'When the case was opened.' })
  @Property({ type: 'timestamptz' })
  openedAt: Date = new Date();

  // A container: each of its fields carries its own category (names IDENTITY, phone CONTACT, …).
  @Category(DataCategory.CORE)
  @Field(() => Person, {
    description: 'Basic facts about the person; each fact has its own data category.',
  })
  @Embedded(() => Person, { prefix: 'person_' })
  person: Person = new Person();

  @Category(DataCategory.CORE)
  @Field(() => CaseWorker, {
    description: 'The responsible Centre case worker (work contacts only).',
  })
  @Embedded(() => CaseWorker, { prefix: 'case_worker_' })
  caseWorker!: CaseWorker;

  @Category(DataCategory.CORE)
  @Field({ description: 'True for synthetic demo and test cases, never real people.' })
  @Property({ type: 'boolean' })
  synthetic: boolean = false;

  @Category(DataCategory.CORE)
  @Field({
    description:
      'Whether the person agreed to be counted in statistics; cases without it are left out of every statistical output.',
  })
  @Property({ type: 'boolean' })
  statisticsConsent: boolean = false;

  @Category(DataCategory.CORE)
  @Field(() => Date, { nullable: true, description: 'When the case was closed.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  // Not CORE: a reason such as RETURNED_HOME or NOT_A_VICTIM says more than that the case closed.
  @Category(DataCategory.PLAN)
  @Field(() => ClosingReason, { nullable: true, description: 'Why the case was closed.' })
  @Enum({ items: () => ClosingReason, nullable: true })
  closingReason?: ClosingReason | null;

  /** The closing note stays with the Centre (it may describe the person's situation). */
  @Property({ type: 'text', nullable: true })
  closingNote?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
