import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** CTDC publishes with k = 11: no count about people under this is ever shown exactly. */
export const SMALL_CELL = 11;

@Directive('@shareable')
@ObjectType({
  description:
    'A published count of people or things about them. Counts under 11 (the CTDC threshold), and counts withheld with them so that they cannot be worked out from others, have value null and suppressed true: show them as "fewer than 11".',
})
export class Count {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  value!: number | null;

  @Field({
    description: 'Whether the count is withheld ("fewer than 11", or protecting one that is).',
  })
  suppressed!: boolean;
}

/** A count as shown: exact when the caller may see every case counted, else small ones withheld. */
export const countOf = (value: number, exact: boolean, threshold = SMALL_CELL): Count =>
  exact || value >= Math.max(SMALL_CELL, threshold)
    ? { value, suppressed: false }
    : { value: null, suppressed: true };
