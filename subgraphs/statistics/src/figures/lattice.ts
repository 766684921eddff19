/**
 * The publication lattice and its suppression rule.
 *
 * A population (reports, identified victims, …) is counted for one calendar year in every cell
 * (period, area, variable, value) of three trees: period Y → Q1–Q4 → M01–M12, area N (national)
 * → regions → municipalities, and per variable TOT → values (→ sub-values). TOT is shared by all
 * variables of the population. Every query over that year reads cells of this one lattice, so a
 * cell is published or suppressed the same way whichever query asks for it.
 *
 * Suppression, applied until nothing changes:
 *  R1  a cell under the threshold (zero included) is suppressed;
 *  R2  along period and along area, a suppressed cell suppresses all its siblings;
 *  R3  a suppressed cell suppresses all its children, along every tree;
 *  R4  along values, siblings are suppressed 0 or at least 2 at a time, and among them never a
 *      lone non-zero one: the smallest published sibling goes with it (if there is none left,
 *      the parent does).
 * Why this is enough (README "Statistics"): for any suppressed cell (t, a, v) the change
 * (e_τ − e_τ') ⊗ (e_α − e_α') ⊗ (e_v − e_w) of the unknown counts — τ, τ' below t and its
 * sibling, α, α' below a and its sibling, v and a suppressed sibling w — moves that cell and only
 * suppressed cells, so no combination of published cells determines it.
 *
 * Sums (nights, amounts): each unit counts once in every cell its parts add to, and a sum is
 * published exactly where that count of contributing units is, under the same rules. R1 has a
 * second trigger for sums, the (n, k) dominance rule: a sum whose n largest contributions make
 * more than k % of it is suppressed too (one case's nights or amount would be nearly the whole
 * figure). Sums are linear in the leaf sums as counts are in the leaf counts, so the same change,
 * in amounts, hides a withheld sum, whichever trigger withheld it.
 */

import { LargestContributions, type Dominance } from './dominance';
import { Indexed, periodChain, TOTAL, type Tree } from './tree';

export { periodChain, periodTree, TOTAL, Tree } from './tree';
export type { Dominance } from './dominance';

/** One counted unit: the months it counts in, its area chain, and its values per variable. */
export interface Fact {
  months: readonly number[];
  /** Area nodes it counts in, leaf first (municipality, region, national). */
  areas: readonly string[];
  /** Per variable, the leaf values it has (one for a single-valued variable; several or none). */
  values: Readonly<Record<string, readonly string[]>>;
  /**
   * For a summed population (nights, amounts): what the unit adds, month by month and value by
   * value. The unit then counts, as a contributor, only in the cells its parts add to (months
   * and values are ignored), so a cell's count is the number of units its sum comes from.
   */
  parts?: readonly Part[];
}

/** An amount one unit adds in one month, under its values. Parts of 0 or less add nothing. */
export interface Part {
  month: number;
  values: Readonly<Record<string, readonly string[]>>;
  amount: number;
}

export interface Cell {
  value: number | null;
  suppressed: boolean;
}

/**
 * The counted and suppressed lattice of one population and year. Cells are kept in flat typed
 * arrays indexed by (period, area, value), where value 0 is TOT and every variable's nodes follow.
 */
export class Lattice {
  private readonly t: Indexed;
  private readonly a: Indexed;
  /** Per value slot: its variable and node name, parent slot (0 = TOT) and child slots. */
  private readonly slotVariable: string[] = [''];
  private readonly slotName: string[] = [TOTAL];
  private readonly slotParent: number[] = [-1];
  private readonly slotChildren: number[][] = [[]];
  private readonly slotOf = new Map<string, number>();
  private readonly counts: Int32Array;
  private readonly hidden: Uint8Array;
  /** Summed amounts per cell, for a population whose facts have parts. */
  private sums: Float64Array | null = null;
  /** Per cell, the dominance rule's n largest contributions of one unit. */
  private largest: LargestContributions | null = null;

  constructor(
    readonly period: Tree,
    readonly area: Tree,
    readonly variables: Readonly<Record<string, Tree>>,
    facts: Iterable<Fact>,
    readonly threshold: number,
    readonly dominance: Dominance | null = null,
  ) {
    this.t = new Indexed(period);
    this.a = new Indexed(area);
    for (const [variable, tree] of Object.entries(variables)) {
      const local = new Map<string, number>([[TOTAL, 0]]);
      for (const node of tree.nodes()) {
        if (node === TOTAL) {
          continue;
        }
        const slot = this.slotName.length;
        local.set(node, slot);
        this.slotOf.set(`${variable}\u0001${node}`, slot);
        this.slotVariable.push(variable);
        this.slotName.push(node);
        this.slotParent.push(local.get(tree.parent.get(node)!)!);
        this.slotChildren.push([]);
        this.slotChildren[this.slotParent[slot]].push(slot);
      }
    }
    const size = this.t.names.length * this.a.names.length * this.slotName.length;
    this.counts = new Int32Array(size);
    this.hidden = new Uint8Array(size);
    for (const fact of facts) {
      this.count(fact);
    }
    this.suppress();
  }

  private at(t: number, a: number, v: number): number {
    return (t * this.a.names.length + a) * this.slotName.length + v;
  }

  /** The cells a unit with these months and values counts in, each once. */
  private cellsOf(
    months: readonly number[],
    areaNodes: readonly string[],
    values: Fact['values'],
  ): number[] {
    const periods = new Set(months.flatMap(periodChain).map((p) => this.t.index.get(p)!));
    const areas = areaNodes.map((a) => this.a.index.get(a)!);
    const slots = new Set<number>([0]);
    for (const [variable, tree] of Object.entries(this.variables)) {
      for (const leaf of values[variable] ?? []) {
        for (const node of tree.chain(leaf)) {
          if (node !== TOTAL) {
            slots.add(this.slotOf.get(`${variable}\u0001${node}`)!);
          }
        }
      }
    }
    const out: number[] = [];
    for (const t of periods) {
      for (const a of areas) {
        for (const v of slots) {
          out.push(this.at(t, a, v));
        }
      }
    }
    return out;
  }

  private count(fact: Fact): void {
    if (!fact.parts) {
      this.cellsOf(fact.months, fact.areas, fact.values).forEach((i) => (this.counts[i] += 1));
      return;
    }
    // A summed unit: it adds each part's amount, and counts once where any part adds.
    this.sums ??= new Float64Array(this.counts.length);
    if (this.dominance) {
      this.largest ??= new LargestContributions(this.counts.length, this.dominance);
    }
    const contributes = new Map<number, number>();
    for (const part of fact.parts) {
      if (part.amount > 0) {
        for (const i of this.cellsOf([part.month], fact.areas, part.values)) {
          this.sums[i] += part.amount;
          contributes.set(i, (contributes.get(i) ?? 0) + part.amount);
        }
      }
    }
    contributes.forEach((amount, i) => {
      this.counts[i] += 1;
      this.largest?.add(i, amount);
    });
  }

  /** R1 for a cell: under the threshold, or a sum its n largest contributors dominate. */
  private sensitive(i: number): boolean {
    if (this.counts[i] < this.threshold) {
      return true;
    }
    return Boolean(this.largest && this.sums && this.largest.dominates(i, this.sums[i]));
  }

  /** R1, then R2–R4 from a worklist until nothing changes (see the rules above). */
  private suppress(): void {
    const queue: number[] = [];
    const V = this.slotName.length;
    const A = this.a.names.length;
    const hide = (t: number, a: number, v: number) => {
      const i = this.at(t, a, v);
      if (!this.hidden[i]) {
        this.hidden[i] = 1;
        queue.push(i);
      }
    };
    // TOT's children are grouped per variable: each variable's top values are one relation.
    const groupsOf = this.slotChildren.map((all, parent) =>
      parent === 0
        ? Object.keys(this.variables).map((name) =>
            all.filter((s) => this.slotVariable[s] === name),
          )
        : [all],
    );
    // R4 over the value children of (t, a, parent): 0 or ≥ 2 hidden, never one lone non-zero.
    const balance = (t: number, a: number, parent: number) => {
      for (const siblings of groupsOf[parent]) {
        let hiddenCount = 0;
        let nonZero = 0;
        let smallest = -1;
        for (const s of siblings) {
          const i = this.at(t, a, s);
          if (this.hidden[i]) {
            hiddenCount += 1;
            nonZero += this.counts[i] > 0 ? 1 : 0;
          } else if (smallest < 0 || this.counts[i] < this.counts[this.at(t, a, smallest)]) {
            smallest = s;
          }
        }
        if (hiddenCount === 0 || (hiddenCount >= 2 && nonZero !== 1)) {
          continue;
        }
        if (smallest >= 0) {
          hide(t, a, smallest);
        } else if (nonZero === 1) {
          hide(t, a, parent);
        }
      }
    };
    for (let i = 0; i < this.counts.length; i += 1) {
      if (this.sensitive(i)) {
        this.hidden[i] = 1;
        queue.push(i);
      }
    }
    while (queue.length > 0) {
      const i = queue.pop()!;
      const v = i % V;
      const a = Math.floor(i / V) % A;
      const t = Math.floor(i / V / A);
      this.t.siblings(t).forEach((s) => hide(s, a, v)); // R2
      this.a.siblings(a).forEach((s) => hide(t, s, v));
      this.t.children[t].forEach((c) => hide(c, a, v)); // R3
      this.a.children[a].forEach((c) => hide(t, c, v));
      this.slotChildren[v].forEach((c) => hide(t, a, c));
      if (v !== 0) {
        balance(t, a, this.slotParent[v]); // R4 among this value's siblings
      }
    }
  }

  private locate(t: string, a: string, variable: string, v: string): number | null {
    const ti = this.t.index.get(t);
    const ai = this.a.index.get(a);
    const vi = v === TOTAL ? 0 : this.slotOf.get(`${variable}\u0001${v}`);
    return ti === undefined || ai === undefined || vi === undefined ? null : this.at(ti, ai, vi);
  }

  /** A cell as published: its count, or null and suppressed. */
  cell(t: string, a: string, variable: string, v: string): Cell {
    const i = this.locate(t, a, variable, v);
    if (i === null || this.hidden[i]) {
      return { value: null, suppressed: true };
    }
    return { value: this.counts[i], suppressed: false };
  }

  /**
   * A sum as published: withheld exactly where the count of units it comes from is (rules
   * R1–R4 over those counts, R1 with the dominance rule), so no sum from fewer than the
   * threshold or dominated by n units is shown, nor one that published sums would give away.
   */
  sum(t: string, a: string, variable: string, v: string): Cell {
    const i = this.locate(t, a, variable, v);
    if (i === null || this.hidden[i]) {
      return { value: null, suppressed: true };
    }
    return { value: this.sums?.[i] ?? 0, suppressed: false };
  }

  /** The exact count, for tests and the bench only (never published). */
  exact(t: string, a: string, variable: string, v: string): number {
    const i = this.locate(t, a, variable, v);
    return i === null ? 0 : this.counts[i];
  }
}
