import { randomUUID } from 'node:crypto';
import { Embedded, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CaseStatus, CaseWorker, Person } from './case.types';

@ObjectType({
  description:
    'A case of a (presumed) victim of trafficking, known to partners by its pseudonymous code.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'case' })
export class Case {
  [OptionalProps]?: 'id' | 'status' | 'openedAt' | 'synthetic' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({
    description:
      'Pseudonymous case code, the name partners use for the case (e.g. "DEMO-2026-001").',
  })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => CaseStatus, { description: 'Where the case stands.' })
  @Enum({ items: () => CaseStatus })
  status: CaseStatus = CaseStatus.REPORTED;

  @Field({ description: 'When the case was opened.' })
  @Property({ type: 'timestamptz' })
  openedAt: Date = new Date();

  @Field(() => Person, { description: 'Basic facts about the person.' })
  @Embedded(() => Person, { prefix: 'person_' })
  person: Person = new Person();

  @Field(() => CaseWorker, {
    description: 'The responsible Centre case worker (work contacts only).',
  })
  @Embedded(() => CaseWorker, { prefix: 'case_worker_' })
  caseWorker!: CaseWorker;

  @Field({ description: 'True for synthetic demo and test cases, never real people.' })
  @Property({ type: 'boolean' })
  synthetic: boolean = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
