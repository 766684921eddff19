/** The trees a lattice counts over, and their flat integer form. */

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

/** A tree flattened to integer indexes: parent, children and siblings of each node. */
export class Indexed {
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
