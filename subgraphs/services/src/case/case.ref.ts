import { Sex } from '@hub/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The facts about a person that service matching needs, declared here as the cases subgraph
 * owns them (`@external`). The gateway fetches them from the cases subgraph under the caller's
 * identity and hands them to `Case.findServices`, so what is not visible to the caller arrives
 * as null.
 */
@ObjectType('Person', { description: 'Basic facts about the person a case is about.' })
export class PersonFacts {
  @Directive('@external')
  @Field(() => String, {
    nullable: true,
    description: 'Date of birth, ISO 8601 (YYYY-MM-DD), when known.',
  })
  dateOfBirth?: string | null;

  @Directive('@external')
  @Field(() => Sex, { nullable: true, description: 'Sex.' })
  sex?: Sex | null;

  @Directive('@external')
  @Field(() => String, {
    nullable: true,
    description: 'Citizenship, ISO 3166-1 alpha-2 (e.g. "RS"), when known.',
  })
  citizenship?: string | null;

  @Directive('@external')
  @Field(() => [String], {
    nullable: true,
    description:
      'Languages the person speaks, ISO 639-1 (e.g. ["sr", "ro"]), best first; null when not recorded.',
  })
  languages?: string[] | null;

  @Directive('@external')
  @Field(() => String, {
    nullable: true,
    description:
      'The municipality (општина) the person lives in, as written (e.g. "Ниш"), when known.',
  })
  municipality?: string | null;
}

/** The cases subgraph's Case, seen from here: its key, its referrals and service matching. */
@ObjectType('Case', {
  description:
    'A case of a (presumed) victim of trafficking, known to partners by its pseudonymous code.',
})
@Directive('@key(fields: "id")')
export class CaseRef {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => PersonFacts, {
    description: 'Basic facts about the person; each fact has its own data category.',
  })
  person?: PersonFacts;
}
