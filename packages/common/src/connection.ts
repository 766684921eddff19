import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ErrorCode, HubError } from './errors';
import { UUID } from './vocabulary';

/** The most items one page may hold, for every list of the hub. */
export const MAX_PAGE = 500;

@Directive('@shareable')
@ObjectType({ description: 'Where a page of a list ends, and whether there is more.' })
export class PageInfo {
  @Field({ description: 'True when there are items after this page: ask again with `after`.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item of this page (pass it as `after`); null when empty.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/**
 * A Relay connection type for `Node`: `edges { cursor node }`, `nodes` (the same nodes without
 * cursors) and `pageInfo`; with `totalCount` only where the count tells the caller nothing it
 * may not see.
 */
export function connectionType<T extends object>(
  name: string,
  Node: ClassType<T>,
  options: {
    totalCount: boolean;
    description: string;
    /** Items withheld from the caller are null at their place, with the error saying why. */
    nullableNodes?: boolean;
  },
): ClassType<Connection<T>> {
  const nullable = options.nullableNodes ?? false;
  @ObjectType(`${name}Edge`, { description: `One item of a ${name} page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Pass it as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => Node, {
      nullable,
      description: nullable ? 'The item; null when it is withheld from you.' : 'The item.',
    })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: options.description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [Node], {
      nullable: nullable ? 'items' : false,
      description: 'The items of this page (the edges’ nodes).',
    })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether there is more, and where to continue.' })
    pageInfo!: PageInfo;
  }

  if (!options.totalCount) {
    return ConnectionType;
  }

  @ObjectType(`${name}Connection`, { description: options.description })
  class CountedConnectionType extends ConnectionType {
    @Field(() => Int, { description: 'How many items the whole list holds (all pages).' })
    totalCount!: number;
  }
  return CountedConnectionType;
}

/** A page asked for: how many, and after which item (its sort keys and id, from the cursor). */
export interface PageRequest {
  first: number;
  after: string[] | null;
}

/**
 * Checks `first` (1–500) and decodes `after`, refusing with FIRST_OUT_OF_RANGE or
 * INVALID_CURSOR — never clamped in silence, so a client never takes a short page for the end.
 */
export function pageRequest(first: number, after?: string | null): PageRequest {
  requireFirst(first);
  return { first, after: after ? decodeCursor(after) : null };
}

/** Refuses a `first` outside 1–`max` with FIRST_OUT_OF_RANGE (for the `first`-only lists too). */
export function requireFirst(first: number, max = MAX_PAGE): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new HubError(ErrorCode.FIRST_OUT_OF_RANGE, `first must be between 1 and ${max}.`, {
      field: 'first',
      max,
    });
  }
}

const invalidCursor = () =>
  new HubError(ErrorCode.INVALID_CURSOR, 'after is not a cursor this list gave out.', {
    field: 'after',
  });

/** An opaque cursor: the item's sort keys and id, base64url. Clients must not build them. */
const encodeCursor = (values: string[]): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

function decodeCursor(cursor: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    !Array.isArray(value) ||
    value.length < 1 ||
    value.length > 4 ||
    // PostgreSQL text holds no NUL character.
    !value.every((part) => typeof part === 'string' && part.length <= 400 && !part.includes('\0'))
  ) {
    throw invalidCursor();
  }
  return value as string[];
}

/** A real calendar day (JavaScript would take 30 February as 2 March). */
const isDay = (day: string): boolean => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

/** The SQL types a sort key or id may have, each with how a cursor's text of it is checked. */
const KEY_TYPES = {
  // As PostgreSQL writes them (`2026-12-02 14:40:13.123+00`), checked as strictly as it reads
  // them: a looser text ("May 5", 30 February) would reach the database as a fault.
  timestamptz: (text: string) =>
    /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(
      text,
    ) && isDay(text.slice(0, 10)),
  text: () => true,
  date: (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isDay(text),
  int: (text: string) => /^-?\d{1,9}$/.test(text),
  bigint: (text: string) => /^\d{1,18}$/.test(text),
  uuid: (text: string) => UUID.test(text),
} as const;
type KeyType = keyof typeof KEY_TYPES;

/** A keyset query: the rows of a list, already filtered, and how it is ordered. */
export interface KeysetQuery {
  /** `from … where …` without the keyset condition, e.g. `from cases."case" c where c.status = ?`. */
  from: string;
  params: unknown[];
  /** The sort keys, most significant first, e.g. `c.opened_at` of type `timestamptz`. */
  keys: { sql: string; type: KeyType }[];
  /** The id column, the tie-breaker that makes the order total (uuid unless told). */
  id: string;
  idType?: KeyType;
  /** One direction for every key (a row comparison). */
  direction: 'asc' | 'desc';
}

/**
 * One page of a list by keyset on (sort keys, id): the rows after the cursor's in the list's
 * order, `first` + 1 of them to know whether there is more. Stable under inserts: a row added
 * before the cursor is not seen on a later page, and none moves an item onto a page twice (as
 * OFFSET would). `load` reads the nodes of the ids, aligned with them: null leaves an item out
 * (it is gone), an Error keeps its place as a null node with that error (e.g. CONSENT_REQUIRED).
 */
export async function keysetPage<T>(
  em: EntityManager,
  query: KeysetQuery,
  page: PageRequest,
  load: (ids: string[]) => Promise<(T | Error | null)[]>,
  counted = false,
): Promise<Connection<T>> {
  const columns = [...query.keys, { sql: query.id, type: query.idType ?? 'uuid' }];
  const after = page.after;
  if (
    after &&
    (after.length !== columns.length || !columns.every((c, i) => KEY_TYPES[c.type](after[i])))
  ) {
    throw invalidCursor();
  }
  const tuple = (values: string[]) => `(${values.join(', ')})`;
  const keyset = after
    ? `${/\bwhere\b/i.test(query.from) ? ' and ' : ' where '}${tuple(columns.map((c) => c.sql))} ${
        query.direction === 'asc' ? '>' : '<'
      } ${tuple(columns.map((c) => `?::${c.type}`))}`
    : '';
  const selected = columns.map((c, i) => `(${c.sql})::text as k${i}`).join(', ');
  const order = columns.map((c) => `${c.sql} ${query.direction}`).join(', ');
  const rows = await em
    .getConnection()
    .execute<Record<string, string>[]>(
      `select ${selected} ${query.from}${keyset} order by ${order} limit ${page.first + 1}`,
      after ? [...query.params, ...after] : query.params,
      'all',
      em.getTransactionContext(),
    );
  const shown = rows.slice(0, page.first).map((row) => columns.map((_, i) => row[`k${i}`]));
  const nodes = shown.length ? await load(shown.map((values) => values.at(-1)!)) : [];
  const edges = shown.flatMap((values, index) => {
    const node = nodes[index];
    return node === null || node === undefined
      ? []
      : [{ cursor: encodeCursor(values), node: node as T }];
  });
  const connection: Connection<T> = {
    edges,
    nodes: edges.map((edge) => edge.node),
    // The last row read, even when its node was left out, so the next page starts after it.
    pageInfo: {
      hasNextPage: rows.length > page.first,
      endCursor: shown.length ? encodeCursor(shown.at(-1)!) : null,
    },
  };
  if (counted) {
    const [{ count }] = await em
      .getConnection()
      .execute<{ count: number }[]>(
        `select count(*)::int as count ${query.from}`,
        query.params,
        'all',
        em.getTransactionContext(),
      );
    connection.totalCount = count;
  }
  return connection;
}
