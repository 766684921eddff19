import { DataCategory } from '@hub/common/categories';
import { ErrorCode } from '@hub/common/errors';
import { isCentre } from '@hub/common/identity';
import type { ExecutionResult } from 'graphql';
import type { HubEventRow } from './event-filter';
import { CursorExpired, type EventSource } from './event-source';
import { accessProbeQuery, ended, failure, type LiveSubscription, type Outcome } from './live';
import type { SubscriptionRegistry } from './registry';
import { outcomeOf, type UpdateReader } from './updates';

/** How many backlog events a resuming subscription reads ahead of delivering them. */
const LOOKAHEAD = 100;

export interface StreamDeps {
  events: EventSource;
  registry: SubscriptionRegistry;
  reader: UpdateReader;
}

/**
 * A grant that runs out ends the stream at that moment, as a revocation does: when the
 * subscriber's access to the followed case expires, its access is probed again in the queue.
 */
function expiryWatch(subscription: LiveSubscription, reader: UpdateReader) {
  let timer: NodeJS.Timeout | undefined;
  const { subscriber, access, caseId } = subscription;
  const watch = async () => {
    if (!access || !caseId || isCentre(subscriber.caller)) {
      return;
    }
    const category = access.root === 'case' ? DataCategory.CORE : DataCategory.CONFERENCE;
    const answer = await reader
      .runAs(
        subscriber,
        `query AccessExpiry { accessExpiresAt(caseId: "${caseId}", category: ${category}) }`,
        {},
      )
      .catch(() => null);
    const at = (answer?.data as { accessExpiresAt?: string | null } | undefined)?.accessExpiresAt;
    if (typeof at !== 'string') {
      return;
    }
    const delay = Math.min(Math.max(Date.parse(at) - Date.now(), 0) + 20, 2 ** 31 - 1);
    timer = setTimeout(probe, delay);
    timer.unref();
  };
  // The same rule as for every event (outcomeOf): revoked only on a clean null; a probe that
  // met a fault proves nothing and is asked again shortly.
  const probe = () =>
    subscription.queue.push({
      id: '0',
      recheck: true,
      outcome: reader.runAs(subscriber, accessProbeQuery(access!), {}).then(
        (result) => outcomeOf(subscription, null, null, result),
        (): Outcome => failure(ErrorCode.SERVICE_UNAVAILABLE, 'The access check failed.'),
      ),
    });
  const again = () => {
    timer = setTimeout(probe, 1000);
    timer.unref();
  };
  return { watch, again, stop: () => clearTimeout(timer) };
}

/** Where a stream starts: after the subscriber's cursor, or from when it subscribed. */
export interface StreamStart {
  /** The last event id the subscriber received; null to start from `sentAt`. */
  after: string | null;
  /** The event source's position when the subscription arrived, before its access check. */
  sentAt: string;
}

/**
 * Delivers one subscription: registered first, then the backlog replayed — after `after`, or
 * whatever the event source delivered between the subscription's arrival and its registration —
 * so nothing falls between the two, and ids drop duplicates; then live events, in id order.
 */
export async function* streamOf(
  subscription: LiveSubscription,
  start: StreamStart,
  deps: StreamDeps,
): AsyncGenerator<ExecutionResult> {
  deps.registry.add(subscription);
  const after = start.after ?? (deps.events.position() === start.sentAt ? null : start.sentAt);
  const expiry = expiryWatch(subscription, deps.reader);
  try {
    await expiry.watch();
    let backlog: HubEventRow[] = [];
    try {
      backlog = after ? await deps.events.replay(subscription.filter, after) : [];
    } catch (error) {
      if (error instanceof CursorExpired) {
        yield failure(
          'CURSOR_EXPIRED',
          'Some events after your cursor are no longer kept: read the current state, then subscribe without `after`.',
        );
        return;
      }
      throw error;
    }
    let last = after ?? '0';
    // The backlog is evaluated ahead of delivery, so subscribers resuming together share their
    // reads; delivery stays in id order.
    const ahead = new Map<number, Promise<Outcome>>();
    let index = 0;
    for (;;) {
      let id: string;
      let outcome: Outcome;
      if (index < backlog.length) {
        for (let next = index; next < Math.min(backlog.length, index + LOOKAHEAD); next += 1) {
          if (!ahead.has(next)) {
            ahead.set(next, deps.reader.evaluate(subscription, backlog[next], { backlog: true }));
          }
        }
        id = backlog[index].id;
        outcome = await ahead.get(index)!;
        ahead.delete(index);
        index += 1;
      } else {
        const next = await subscription.queue.next();
        if (next.recheck) {
          const recheck = await next.outcome;
          if (recheck === 'revoked') {
            yield ended('revoked');
            return;
          }
          if (recheck === 'skip') {
            // Still visible (another grant covers it): watch the next end.
            await expiry.watch();
          } else {
            expiry.again();
          }
          continue;
        }
        id = next.id;
        if (BigInt(id) <= BigInt(last)) {
          continue;
        }
        outcome = await next.outcome;
      }
      // Whatever happens to this event, it is not evaluated again from the live queue.
      last = id;
      if (outcome === 'skip') {
        continue;
      }
      if (outcome === 'revoked' || outcome === 'expired') {
        yield ended(outcome);
        return;
      }
      yield outcome;
    }
  } finally {
    deps.registry.remove(subscription);
    expiry.stop();
  }
}
