import { matches, type HubEventRow } from './event-filter';
import type { LiveSubscription, Outcome } from './live';

/**
 * The running subscriptions. Every live event is evaluated for each subscription it concerns,
 * in the same turn, so subscriptions that read the same thing under the same consent share one
 * read (SharedReads); each gets its result in event order through its own queue.
 */
export class SubscriptionRegistry {
  private readonly live = new Set<LiveSubscription>();

  constructor(
    private readonly evaluate: (
      subscription: LiveSubscription,
      event: HubEventRow,
    ) => Promise<Outcome>,
  ) {}

  add(subscription: LiveSubscription): void {
    this.live.add(subscription);
  }

  remove(subscription: LiveSubscription): void {
    subscription.closed = true;
    this.live.delete(subscription);
  }

  /** Queues the event for every subscription it matches, or whose access it may end. */
  fanOut(event: HubEventRow): void {
    for (const subscription of this.live) {
      const relevant = matches(subscription.filter, event);
      // A revocation for the subscriber's partner on the followed case is checked even when the
      // subscription's filter does not select consent events: it may end the stream.
      const revocation =
        !relevant &&
        event.type === 'CONSENT_REVOKED' &&
        subscription.access !== null &&
        event.caseId === subscription.caseId &&
        event.concerns === subscription.subscriber.caller.partner;
      if (relevant || revocation) {
        subscription.queue.push({ id: event.id, outcome: this.evaluate(subscription, event) });
      }
    }
  }
}
