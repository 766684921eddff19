import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import type { DataCategory } from './categories';
import type { ConsentEvaluator } from './consent/consent';
import type { Caller } from './identity';
import type { Logger } from './logger';
import { UUID } from './vocabulary';

/**
 * Everything a resolver or reference resolver may use, made once per request: the verified
 * caller, a forked EntityManager (never the global one) and the request's own DataLoaders.
 */
export interface HubContext {
  readonly caller: Caller;
  readonly requestId: string;
  /** The subgraph serving the request. */
  readonly subgraph: string;
  /** The client's operation name as the gateway forwarded it, if any. */
  readonly operation?: string | null;
  /** The subscribers a shared live-update read is for (each gets an access-log row), if any. */
  readonly audience?: readonly string[] | null;
  readonly em: EntityManager;
  readonly log: Logger;
  readonly loaders: Map<string, DataLoader<unknown, unknown>>;
  /** Who may see which category of which case, for this request; records every decision. */
  readonly consent: ConsentEvaluator;
}

/**
 * The request's DataLoader for `name`, made on first use. `batch` receives every key asked for in
 * one tick and must return one value (or null) per key, in order.
 */
export function loader<K, V>(
  ctx: HubContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
): DataLoader<K, V> {
  let existing = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!existing) {
    existing = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    ctx.loaders.set(name, existing as DataLoader<unknown, unknown>);
  }
  return existing;
}

/** Picks one row per key, in the order of `keys`, or null where none matched. */
export function byKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
): (R | null)[] {
  const index = new Map<K, R>(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

/** A timestamp read with raw SQL (the ORM's driver hands them over as text) as a Date. */
export function asDate(value: unknown): Date | null {
  if (value === null || value === undefined) {
    return null;
  }
  return value instanceof Date ? value : new Date(value as string);
}

/**
 * Loads rows of case-related `entity` by id for this request (one statement for all ids asked),
 * keeping only those whose case the caller may see `category` of: the rest read as null, with
 * the refusals recorded in the access log.
 */
export function visibleById<T extends { id: string }>(
  ctx: HubContext,
  entity: EntityName<T>,
  category: DataCategory,
  caseIdOf: (row: T) => string,
  id: string,
): Promise<T | null> {
  const name = typeof entity === 'function' ? entity.name : String(entity);
  return loader<string, T | null>(ctx, `${name}.visibleById`, async (ids) => {
    // An id that is not a UUID names nothing (and must not reach PostgreSQL's uuid parser).
    const wellFormed = ids.filter((id) => UUID.test(id));
    const filter = { id: { $in: wellFormed } } as unknown as FilterQuery<T>;
    const rows = wellFormed.length ? ((await ctx.em.find(entity, filter)) as T[]) : [];
    const verdicts = await Promise.all(
      rows.map((row) => ctx.consent.check(caseIdOf(row), category)),
    );
    return byKey(
      ids,
      rows.filter((_, index) => verdicts[index].allowed),
      (row) => row.id,
    );
  }).load(id);
}
