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
 */

/** A tree: parent and children of each node; the root has parent null. */
export class Tree {
  readonly parent = new Map<string, string | null>();
  readonly children = new Map<string, string[]>();
  constructor(readonly root: string) {
    this.parent.set(root, null);
    this.children.set(root, []);
  }
  add(node: string, parent: string): this {
    if (this.parent.has(node)) {
      return this;
    }
    this.parent.set(node, parent);
    this.children.set(node, []);
    this.children.get(parent)!.push(node);
    return this;
  }
  nodes(): string[] {
    return [...this.parent.keys()];
  }
  /** The node and its ancestors, root last. */
  chain(node: string): string[] {
    const out: string[] = [];
    for (let at: string | null = node; at !== null; at = this.parent.get(at) ?? null) {
      out.push(at);
    }
    return out;
  }
  siblings(node: string): string[] {
    const parent = this.parent.get(node);
    return parent == null ? [] : this.children.get(parent)!;
  }
}

export const TOTAL = 'TOT';

/** Period tree of one calendar year: Y, Q1–Q4, M01–M12. */
export function periodTree(): Tree {
  const tree = new Tree('Y');
  for (let month = 1; month <= 12; month += 1) {
    const quarter = `Q${Math.ceil(month / 3)}`;
    tree.add(quarter, 'Y').add(`M${String(month).padStart(2, '0')}`, quarter);
  }
  return tree;
}

/** The period nodes a fact of `month` (1–12) counts in. */
export const periodChain = (month: number): string[] => [
  `M${String(month).padStart(2, '0')}`,
  `Q${Math.ceil(month / 3)}`,
  'Y',
];

/** One counted unit: the months it counts in, its area chain, and its values per variable. */
export interface Fact {
  months: readonly number[];
  /** Area nodes it counts in, leaf first (municipality, region, national). */
  areas: readonly string[];
  /** Per variable, the leaf values it has (one for a single-valued variable; several or none). */
  values: Readonly<Record<string, readonly string[]>>;
}

export interface Cell {
  value: number | null;
  suppressed: boolean;
}

const SEP = '\u0001';
const keyOf = (t: string, a: string, variable: string, v: string) =>
  v === TOTAL ? `${t}${SEP}${a}${SEP}${SEP}${TOTAL}` : `${t}${SEP}${a}${SEP}${variable}${SEP}${v}`;

/** The counted and suppressed lattice of one population and year. */
export class Lattice {
  private readonly counts = new Map<string, number>();
  private readonly suppressed = new Set<string>();

  constructor(
    readonly period: Tree,
    readonly area: Tree,
    readonly variables: Readonly<Record<string, Tree>>,
    facts: Iterable<Fact>,
    readonly threshold: number,
  ) {
    for (const fact of facts) {
      this.count(fact);
    }
    this.suppress();
  }

  private count(fact: Fact): void {
    const periods = new Set(fact.months.flatMap(periodChain));
    for (const t of periods) {
      for (const a of fact.areas) {
        this.bump(keyOf(t, a, '', TOTAL));
        for (const [variable, tree] of Object.entries(this.variables)) {
          const nodes = new Set(
            (fact.values[variable] ?? []).flatMap((leaf) => tree.chain(leaf)).filter((n) => n !== TOTAL),
          );
          for (const v of nodes) {
            this.bump(keyOf(t, a, variable, v));
          }
        }
      }
    }
  }

  private bump(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  private countAt(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Every cell of the lattice, as [period, area, variable, value]. */
  private *cells(): Generator<[string, string, string, string]> {
    for (const t of this.period.nodes()) {
      for (const a of this.area.nodes()) {
        yield [t, a, '', TOTAL];
        for (const [variable, tree] of Object.entries(this.variables)) {
          for (const v of tree.nodes()) {
            if (v !== TOTAL) {
              yield [t, a, variable, v];
            }
          }
        }
      }
    }
  }

  private suppress(): void {
    for (const [t, a, variable, v] of this.cells()) {
      if (this.countAt(keyOf(t, a, variable, v)) < this.threshold) {
        this.suppressed.add(keyOf(t, a, variable, v));
      }
    }
    let changed = true;
    while (changed) {
      changed = false;
      const hide = (t: string, a: string, variable: string, v: string) => {
        const key = keyOf(t, a, variable, v);
        if (!this.suppressed.has(key)) {
          this.suppressed.add(key);
          changed = true;
        }
      };
      for (const [t, a, variable, v] of this.cells()) {
        const key = keyOf(t, a, variable, v);
        if (this.suppressed.has(key)) {
          // R2: all siblings along period and area.
          this.period.siblings(t).forEach((s) => hide(s, a, variable, v));
          this.area.siblings(a).forEach((s) => hide(t, s, variable, v));
          // R3: all children along every tree.
          this.period.children.get(t)!.forEach((c) => hide(c, a, variable, v));
          this.area.children.get(a)!.forEach((c) => hide(t, c, variable, v));
          if (v === TOTAL) {
            for (const [name, tree] of Object.entries(this.variables)) {
              tree.children.get(TOTAL)!.forEach((c) => hide(t, a, name, c));
            }
          } else {
            this.variables[variable].children.get(v)!.forEach((c) => hide(t, a, variable, c));
          }
        }
        // R4: the children of this value cell, along values.
        const tree = v === TOTAL ? null : this.variables[variable];
        const groups =
          v === TOTAL
            ? Object.entries(this.variables).map(([name, t2]) => [name, t2.children.get(TOTAL)!] as const)
            : [[variable, tree!.children.get(v)!] as const];
        for (const [name, siblings] of groups) {
          if (siblings.length === 0) {
            continue;
          }
          const keys = siblings.map((s) => keyOf(t, a, name, s));
          const hidden = keys.filter((k) => this.suppressed.has(k));
          const nonZeroHidden = hidden.filter((k) => this.countAt(k) > 0);
          if (hidden.length === 0 || (hidden.length >= 2 && nonZeroHidden.length !== 1)) {
            continue;
          }
          const shown = siblings
            .map((s, i) => ({ s, k: keys[i], n: this.countAt(keys[i]) }))
            .filter(({ k }) => !this.suppressed.has(k))
            .sort((x, y) => x.n - y.n || (x.s < y.s ? -1 : 1));
          if (shown.length > 0) {
            hide(t, a, name, shown[0].s);
          } else if (nonZeroHidden.length === 1) {
            hide(t, a, variable, v);
          }
        }
      }
    }
  }

  /** A cell as published: its count, or null and suppressed. */
  cell(t: string, a: string, variable: string, v: string): Cell {
    const key = keyOf(t, a, variable, v);
    if (!this.area.parent.has(a) || this.suppressed.has(key)) {
      return { value: null, suppressed: true };
    }
    return { value: this.countAt(key), suppressed: false };
  }

  /** The exact count, for tests and the bench only (never published). */
  exact(t: string, a: string, variable: string, v: string): number {
    return this.countAt(keyOf(t, a, variable, v));
  }
}
