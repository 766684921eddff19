import { createHash } from 'node:crypto';
import {
  LockMode,
  type EntityClass,
  type EntityManager,
  type FilterQuery,
} from '@mikro-orm/postgresql';
import { Arg } from 'type-graphql';
import type { HubContext } from './context';
import { ErrorCode, HubError, notFound } from './errors';
import { UUID } from './vocabulary';

/**
 * A row loaded for a state change inside a transaction, or NOT_FOUND. The row is locked
 * (`select … for update`) and read fresh until the transaction ends, so two changes of one row
 * happen one after the other and the second sees what the first did: of four simultaneous
 * `closeConference`, one closes it and three are refused with INVALID_TRANSITION. Every state
 * change in every subgraph loads its row through here (or through a helper built on it).
 */
export async function rowForChange<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  what: string,
): Promise<T> {
  const row = UUID.test(id)
    ? await em.findOne(entity, { id } as FilterQuery<T>, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        // Without refresh an entity already in the request's identity map (read before the
        // transaction) is returned as it was then, not as the lock found it.
        refresh: true,
      })
    : null;
  if (!row) {
    throw notFound(what);
  }
  return row;
}

/**
 * A lock on a name rather than a row, held until the transaction ends: for a rule over rows that
 * may not exist yet in a subgraph that has no row to lock (e.g. "one lawyer at a time" per case
 * in the legal subgraph, whose cases live in another schema).
 */
export async function lockName(em: EntityManager, name: string): Promise<void> {
  await em
    .getConnection()
    .execute(
      `select pg_advisory_xact_lock(hashtext(?))`,
      [name],
      'all',
      em.getTransactionContext(),
    );
}

/** What a creating mutation passes to `changeWithEvent` to be safe to send twice. */
export interface Idempotency<T> {
  /** The client's key; none (null or undefined) makes the change an ordinary one. */
  key: string | null | undefined;
  /** The mutation's name: the same key sent to another mutation is a reuse. */
  operation: string;
  /** The arguments that define the change (without the key), compared by hash on a repeat. */
  input: unknown;
  /** Loads the first result again by its id, for a repeat. */
  replay: (em: EntityManager, id: string) => Promise<T>;
}

/** `replay` for the usual case: the result is an entity, read again by id. */
export const entityById =
  <T extends object>(entity: EntityClass<T>) =>
  (em: EntityManager, id: string): Promise<T> =>
    // Fresh: the request may have read the row before the first send committed its change.
    em.findOneOrFail(entity, { id } as FilterQuery<T>, { refresh: true });

/** The usual `Idempotency`: the client's key, the mutation, its input, and the entity it makes. */
export const idempotent = <T extends object>(
  key: string | null | undefined,
  operation: string,
  input: unknown,
  entity: EntityClass<T>,
): Idempotency<T> => ({ key, operation, input, replay: entityById(entity) });

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Optional: a key you choose (1–200 characters, e.g. a UUID made when the user pressed the button) that makes this mutation safe to send again. A repeat with the same key from the same user returns the first result (the same id) and changes nothing; the same key with different input is refused with IDEMPOTENCY_KEY_REUSED. Keys are private to each user, and kept for at least as long as the hub is configured to keep them (a week by default): a repeat after that makes a new change.';

/** The `idempotencyKey` argument every creating mutation takes. */
export const IdempotencyKeyArg = () =>
  Arg('idempotencyKey', () => String, {
    nullable: true,
    description: IDEMPOTENCY_KEY_DESCRIPTION,
  });

/** JSON with sorted keys, so two sends of the same input hash alike whatever the key order. */
function canonicalJson(value: unknown): string {
  if (value instanceof Date) {
    return JSON.stringify(value.toISOString());
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const query = <R>(em: EntityManager, sql: string, params: unknown[]) =>
  em.getConnection().execute<R[]>(sql, params, 'all', em.getTransactionContext());

/**
 * Claims the key inside the change's transaction. Returns `undefined` when the change is to be
 * made (the key is new), or the first result when it was made before. Two simultaneous sends:
 * the second insert waits on the primary key until the first commits (then reads its result) or
 * rolls back (then makes the change itself).
 */
export async function claimIdempotencyKey<T>(
  em: EntityManager,
  ctx: Pick<HubContext, 'caller' | 'subgraph'>,
  idempotency: Idempotency<T>,
): Promise<{ replayed: T } | undefined> {
  const key = idempotency.key;
  if (typeof key !== 'string' || key.length < 1 || key.length > 200) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, 'An idempotency key has 1–200 characters.', {
      field: 'idempotencyKey',
    });
  }
  const hash = createHash('sha256')
    .update(canonicalJson({ operation: idempotency.operation, input: idempotency.input }))
    .digest('hex');
  const who = [ctx.caller.partner, ctx.caller.sub, key];
  const claimed = await query<{ key: string }>(
    em,
    `insert into hub.idempotency_key (partner, actor, key, subgraph, operation, input_hash)
       values (?, ?, ?, ?, ?, ?) on conflict do nothing returning key`,
    [...who, ctx.subgraph, idempotency.operation, hash],
  );
  if (claimed.length > 0) {
    return undefined;
  }
  const [first] = await query<{ input_hash: string; result_id: string | null }>(
    em,
    'select input_hash, result_id from hub.idempotency_key where partner = ? and actor = ? and key = ?',
    who,
  );
  if (!first || first.input_hash !== hash || !first.result_id) {
    throw new HubError(
      ErrorCode.IDEMPOTENCY_KEY_REUSED,
      'This idempotency key was already used for a different change. Use a new key for a new change.',
      { field: 'idempotencyKey' },
    );
  }
  return { replayed: await idempotency.replay(em, first.result_id) };
}

/** Records what the change made, in the same transaction as the change. */
export async function settleIdempotencyKey(
  em: EntityManager,
  ctx: Pick<HubContext, 'caller'>,
  key: string,
  result: unknown,
): Promise<void> {
  const id = (result as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') {
    throw new Error('An idempotent change must return something with an id.');
  }
  await query(
    em,
    'update hub.idempotency_key set result_id = ? where partner = ? and actor = ? and key = ?',
    [id, ctx.caller.partner, ctx.caller.sub, key],
  );
}
