/**
 * Event ids are decimal strings of bigints. Compared as text, "1000" sorts before "999"; so every
 * comparison here is of BigInts.
 */
export const compareEventIds = (a: string, b: string): number => {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** How many delivered ids are remembered to tell a repeat from a late arrival. */
const REMEMBERED = 4096;

/**
 * The order of one stream: the cursor (the highest id handed out), which ids were handed out
 * lately, and the point a run resumed after. A repeat is dropped; an id below the cursor that was
 * never seen (a late arrival) is still handed out, since dropping it would lose it.
 */
export class EventOrder {
  cursor: string | null = null;
  private resumedAfter: bigint | null = null;
  private readonly recent = new Set<string>();

  resumeAfter(id: string | null): void {
    this.cursor = id;
    this.resumedAfter = id === null ? null : BigInt(id);
  }

  accept(id: string): 'new' | 'duplicate' | 'out-of-order' {
    const canonical = BigInt(id).toString();
    if (this.cursor === null || compareEventIds(canonical, this.cursor) > 0) {
      this.cursor = canonical;
      this.remember(canonical);
      return 'new';
    }
    if (this.recent.has(canonical)) {
      return 'duplicate';
    }
    if (this.resumedAfter !== null && BigInt(canonical) <= this.resumedAfter) {
      // Handled before this run began (the store says so).
      return 'duplicate';
    }
    this.remember(canonical);
    return 'out-of-order';
  }

  private remember(id: string): void {
    this.recent.add(id);
    if (this.recent.size > REMEMBERED) {
      this.recent.delete(this.recent.values().next().value!);
    }
  }
}
