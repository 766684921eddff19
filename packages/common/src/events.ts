import type { EntityManager } from '@mikro-orm/postgresql';
import { claimIdempotencyKey, settleIdempotencyKey, type Idempotency } from './change';
import type { HubContext } from './context';

/** A domain event: what happened to which entity of which case. Ids only, never data. */
export interface DomainEvent {
  type: string;
  caseId: string | null;
  entityType: string;
  entityId: string;
  /** The entity it belongs to, when that is how subscribers follow it (an entry's conference). */
  parentId?: string | null;
  /** The partner the event is addressed to beyond the case (e.g. a referral's provider). */
  concerns?: string | null;
}

/**
 * Writes the event to the outbox `hub.event` inside the mutation's own transaction (`em` must be
 * the transaction's EntityManager): it exists, and is announced, only if the change commits.
 */
/** Who an event is recorded for: a request's context, or a background worker acting for one. */
export type EventAuthor = Pick<HubContext, 'subgraph'> & {
  caller: Pick<HubContext['caller'], 'sub' | 'partner'>;
};

export async function recordEvent(
  em: EntityManager,
  ctx: EventAuthor,
  event: DomainEvent,
): Promise<void> {
  // Held until commit: events become visible in id order, so a reader that resumes "after id N"
  // can never miss an event committed late with a smaller id.
  await em
    .getConnection()
    .execute(
      `select pg_advisory_xact_lock(hashtext('hub.event'))`,
      [],
      'all',
      em.getTransactionContext(),
    );
  await em.getConnection().execute(
    `insert into hub.event (type, subgraph, actor, partner, case_id, entity_type, entity_id, parent_id, concerns)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      event.type,
      ctx.subgraph,
      ctx.caller.sub,
      ctx.caller.partner,
      event.caseId,
      event.entityType,
      event.entityId,
      event.parentId ?? null,
      event.concerns ?? null,
    ],
    'run',
    em.getTransactionContext(),
  );
}

/**
 * Runs a change and records the event it returns, in one transaction: both commit or neither
 * does. `work` must use the `em` it is given (and `execute` below for raw SQL).
 */
export async function changeWithEvent<T>(
  ctx: HubContext,
  work: (em: EntityManager) => Promise<{ result: T; event: DomainEvent }>,
  /** For creating mutations: a repeat with the client's key returns the first result. */
  idempotency?: Idempotency<T>,
): Promise<T> {
  const key = idempotency?.key;
  return ctx.em.transactional(async (em) => {
    if (idempotency && key !== null && key !== undefined) {
      const earlier = await claimIdempotencyKey(em, ctx, idempotency);
      if (earlier) {
        return earlier.replayed;
      }
    }
    const { result, event } = await work(em);
    await em.flush();
    await recordEvent(em, ctx, event);
    if (key !== null && key !== undefined) {
      await settleIdempotencyKey(em, ctx, key, result);
    }
    return result;
  });
}

/** Raw SQL inside the transaction `em` belongs to. */
export function execute(em: EntityManager, sql: string, params: unknown[]): Promise<unknown> {
  return em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
}
