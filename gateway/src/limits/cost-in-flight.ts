import { HeaderMap } from '@apollo/server';
import { ErrorCode, HubError } from '@hub/common/errors';
import { isCentre, type Caller } from '@hub/common/identity';

/** How many operations of one partner may wait for room before the next is refused. */
const MAX_WAITING = 8;

interface Waiter {
  cost: number;
  admit: () => void;
}

/**
 * The static cost of the operations one partner has running at once, bounded
 * (`MAX_COST_IN_FLIGHT_PER_PARTNER`): a partner's expensive operations run one after another
 * instead of all at once, so they cannot take every core from the other partners, while its
 * cheap ones still run beside them. An operation waits (first come, first served) while the
 * partner's running cost plus its own would pass the bound; one always runs. The Centre is exempt,
 * as from the other per-partner limits. Per replica: what it bounds is this process's work.
 */
export function costInFlight(maxPerPartner: number) {
  const running = new Map<string, number>();
  const waiting = new Map<string, Waiter[]>();

  const admitWaiters = (partner: string) => {
    const queue = waiting.get(partner) ?? [];
    while (queue.length) {
      const inFlight = running.get(partner) ?? 0;
      const next = queue[0];
      if (inFlight > 0 && inFlight + next.cost > maxPerPartner) {
        break;
      }
      queue.shift();
      running.set(partner, inFlight + next.cost);
      next.admit();
    }
    if (!queue.length) {
      waiting.delete(partner);
    }
  };

  /** Waits for room for `cost`; resolves with the function that gives it back (call it once). */
  return async (caller: Caller, cost: number): Promise<() => void> => {
    if (isCentre(caller)) {
      return () => undefined;
    }
    const partner = caller.partner;
    const inFlight = running.get(partner) ?? 0;
    const queue = waiting.get(partner);
    if (!queue && (inFlight === 0 || inFlight + cost <= maxPerPartner)) {
      running.set(partner, inFlight + cost);
    } else {
      if ((queue?.length ?? 0) >= MAX_WAITING) {
        throw new HubError(
          ErrorCode.RATE_LIMITED,
          'Too many expensive operations of your partner are running: retry later, or ask for less.',
          { http: { status: 429, headers: new HeaderMap([['retry-after', '1']]) } },
        );
      }
      await new Promise<void>((admit) => {
        const list = queue ?? [];
        list.push({ cost, admit });
        waiting.set(partner, list);
      });
    }
    let released = false;
    return () => {
      if (released) {
        return;
      }
      released = true;
      const left = (running.get(partner) ?? cost) - cost;
      if (left > 0) {
        running.set(partner, left);
      } else {
        running.delete(partner);
      }
      admitWaiters(partner);
    };
  };
}

export type CostInFlight = ReturnType<typeof costInFlight>;
