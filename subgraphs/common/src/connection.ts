import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ErrorCode, HubError } from './errors';

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
  options: { totalCount: boolean; description: string },
): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One item of a ${name} page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Pass it as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => Node, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: options.description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [Node], { description: 'The items of this page (the edges’ nodes).' })
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

/** A page asked for: how many, after which item (its sort key and id, from the cursor). */
export interface PageRequest {
  first: number;
  after: { key: string; id: string } | null;
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

/** An opaque cursor: the item's sort key and id, base64url. Clients must not build them. */
export const encodeCursor = (key: string, id: string): string =>
  Buffer.from(JSON.stringify([key, id])).toString('base64url');

function decodeCursor(cursor: string): { key: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      UUID_TEXT.test(value[1]) &&
      value[0].length <= 400
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through: not a cursor of ours
  }
  throw new HubError(ErrorCode.INVALID_CURSOR, 'after is not a cursor this list gave out.', {
    field: 'after',
  });
}

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A keyset query: the rows of a list, already filtered, and how it is ordered. */
export interface KeysetQuery {
  /** `from … where …` without the keyset condition, e.g. `from cases."case" c where c.status = ?`. */
  from: string;
  params: unknown[];
  /** The sort key expression and its SQL type, e.g. `c.opened_at` and `timestamptz`. */
  key: string;
  keyType: 'timestamptz' | 'text';
  /** The id column (uuid), the tie-breaker that makes the order total. */
  id: string;
  direction: 'asc' | 'desc';
}

/**
 * One page of a list by keyset on (sort key, id): the rows after the cursor's (key, id) in the
 * list's order, `first` + 1 of them to know whether there is more. Stable under inserts: a row
 * added before the cursor is never seen again on a later page, nor does one move an item twice.
 * Returns the ids with their cursors; `load` reads the entities.
 */
export async function keysetPage<T>(
  em: EntityManager,
  query: KeysetQuery,
  page: PageRequest,
  load: (ids: string[]) => Promise<T[]>,
  idOf: (node: T) => string,
  counted = false,
): Promise<Connection<T>> {
  const op = query.direction === 'asc' ? '>' : '<';
  const where = /\bwhere\b/i.test(query.from) ? ' and ' : ' where ';
  const keyset = page.after
    ? `${where}(${query.key}, ${query.id}) ${op} (?::${query.keyType}, ?::uuid)`
    : '';
  const params = page.after ? [...query.params, page.after.key, page.after.id] : query.params;
  const rows = await em.getConnection().execute<{ id: string; key: string }[]>(
    `select ${query.id}::text as id, ${query.key}::text as key ${query.from}${keyset}
        order by ${query.key} ${query.direction}, ${query.id} ${query.direction}
        limit ${page.first + 1}`,
    params,
    'all',
    em.getTransactionContext(),
  );
  const shown = rows.slice(0, page.first);
  const nodes = shown.length ? await load(shown.map((row) => row.id)) : [];
  const byId = new Map(nodes.map((node) => [idOf(node), node]));
  const edges = shown.flatMap((row) => {
    const node = byId.get(row.id);
    return node ? [{ cursor: encodeCursor(row.key, row.id), node }] : [];
  });
  const connection: Connection<T> = {
    edges,
    nodes: edges.map((edge) => edge.node),
    // The last row read, even when its node was withheld, so the next page starts after it.
    pageInfo: {
      hasNextPage: rows.length > page.first,
      endCursor: shown.length ? encodeCursor(shown.at(-1)!.key, shown.at(-1)!.id) : null,
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
