/**
 * The (n, k) dominance rule for sums: a sum to which its n largest contributors give more than
 * k % is withheld like a small cell (one case's nights or amount would be nearly all of it, so
 * the sum would tell about that case). Defaults and bounds in settings.ts.
 */
export interface Dominance {
  n: number;
  k: number;
}

/** Per cell, the n largest contributions of one unit each, largest first. */
export class LargestContributions {
  private readonly top: Float64Array;

  constructor(
    cells: number,
    private readonly rule: Dominance,
  ) {
    this.top = new Float64Array(cells * rule.n);
  }

  /** One unit's whole contribution to cell i. */
  add(i: number, amount: number): void {
    const { n } = this.rule;
    for (let j = i * n; j < (i + 1) * n; j += 1) {
      if (amount > this.top[j]) {
        this.top.copyWithin(j + 1, j, (i + 1) * n - 1);
        this.top[j] = amount;
        return;
      }
    }
  }

  /** Whether the cell's sum is dominated: its n largest contributions over k % of it. */
  dominates(i: number, sum: number): boolean {
    const { n, k } = this.rule;
    let top = 0;
    for (let j = i * n; j < (i + 1) * n; j += 1) {
      top += this.top[j];
    }
    return sum > 0 && top * 100 > k * sum;
  }
}
