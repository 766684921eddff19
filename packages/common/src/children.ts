import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { loader, type HubContext } from './context';

/**
 * The one-to-many loader, written once: the rows that belong to `key`, fetched by `fetch` for
 * every key asked for in the same tick (one statement per request, however many parents) and
 * grouped back by `keyOf`, each group in the order `fetch` returned its rows. For rows read with
 * raw SQL; entities go through `childrenOf`.
 */
export function groupLoad<K, R>(
  ctx: HubContext,
  name: string,
  key: K,
  fetch: (keys: readonly K[]) => Promise<readonly R[]>,
  keyOf: (row: R) => K,
): Promise<R[]> {
  return loader<K, R[]>(ctx, name, async (keys) => groupBy(keys, await fetch(keys), keyOf)).load(
    key,
  );
}

export interface ChildrenOptions<T extends object> {
  orderBy: QueryOrderMap<T>;
  /** A further condition every child meets (e.g. only active members). */
  where?: FilterQuery<T>;
  /** Relations to load with the children, in the same statement. */
  populate?: readonly string[];
}

/**
 * The rows of `entity` whose `parent` (a relation, or a column holding the parent's id or
 * code) is `key`, in `orderBy` order, through the request's DataLoader: a list of 100 parents
 * costs one statement, like a list of one. Consent is the fields' business: the field that
 * returns these rows carries its category.
 */
export function childrenOf<T extends object, K extends string = string>(
  ctx: HubContext,
  entity: EntityClass<T>,
  parent: keyof T & string,
  key: K,
  options: ChildrenOptions<T>,
): Promise<T[]> {
  // The options are part of the name: two different queries on one relation never share a cache.
  const name = `${entity.name}.${parent}:${JSON.stringify(options)}`;
  return groupLoad<K, T>(
    ctx,
    name,
    key,
    async (keys) => {
      const filter = { ...options.where, [parent]: { $in: [...keys] } } as FilterQuery<T>;
      return (await ctx.em.find(entity, filter, {
        orderBy: options.orderBy as never,
        populate: options.populate as never,
      })) as T[];
    },
    (row) => parentKey(row[parent]) as K,
  );
}

/** A relation (entity or reference) stands for its id; a column holds the key itself. */
function parentKey(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value;
}

/** Groups rows by a key, in the order of `keys`. */
function groupBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    groups.get(keyOf(row))?.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
