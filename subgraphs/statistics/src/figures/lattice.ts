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

/** A tree flattened to integer indexes: parent, children and siblings of each node. */
class Indexed {
  readonly names: string[];
  readonly index = new Map<string, number>();
  readonly parent: Int32Array;
  readonly children: number[][];
  constructor(tree: Tree) {
    this.names = tree.nodes();
    this.names.forEach((name, i) => this.index.set(name, i));
    this.parent = Int32Array.from(this.names, (name) => {
      const parent = tree.parent.get(name);
      return parent == null ? -1 : this.index.get(parent)!;
    });
    this.children = this.names.map((name) =>
      tree.children.get(name)!.map((c) => this.index.get(c)!),
    );
  }
  siblings(i: number): number[] {
    return this.parent[i] < 0 ? [] : this.children[this.parent[i]];
  }
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

  constructor(
    readonly period: Tree,
    readonly area: Tree,
    readonly variables: Readonly<Record<string, Tree>>,
    facts: Iterable<Fact>,
    readonly threshold: number,
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

  private count(fact: Fact): void {
    const periods = new Set(fact.months.flatMap(periodChain).map((p) => this.t.index.get(p)!));
    const areas = fact.areas.map((a) => this.a.index.get(a)!);
    const slots = new Set<number>([0]);
    for (const [variable, tree] of Object.entries(this.variables)) {
      for (const leaf of fact.values[variable] ?? []) {
        for (const node of tree.chain(leaf)) {
          if (node !== TOTAL) {
            slots.add(this.slotOf.get(`${variable}\u0001${node}`)!);
          }
        }
      }
    }
    for (const t of periods) {
      for (const a of areas) {
        for (const v of slots) {
          this.counts[this.at(t, a, v)] += 1;
        }
      }
    }
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
      if (this.counts[i] < this.threshold) {
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

  /** The exact count, for tests and the bench only (never published). */
  exact(t: string, a: string, variable: string, v: string): number {
    const i = this.locate(t, a, variable, v);
    return i === null ? 0 : this.counts[i];
  }
}
