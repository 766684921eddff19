import { Arg, Int } from 'type-graphql';
import { MAX_PAGE } from './connection';

/**
 * The `first` argument of a list or a connection: how many items at most, `defaultFirst` when
 * left out. Check it with `requireFirst` (a list) or `pageRequest` (a connection).
 */
export const FirstArg = (defaultFirst: number, max = MAX_PAGE) =>
  Arg('first', () => Int, {
    defaultValue: defaultFirst,
    description: `At most this many (1–${max}).`,
  });

/** The `after` argument of a connection: the cursor to continue from (decode it with `pageRequest`). */
export const AfterArg = () =>
  Arg('after', () => String, {
    nullable: true,
    description: 'The endCursor of the page before; leave out for the first page.',
  });
