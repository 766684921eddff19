/**
 * Linear algebra for the differencing attack: does a combination of published cells determine
 * a suppressed one? Exact over the integers modulo a prime (a vector outside the row space
 * modulo p is outside it over the rationals too), with an incrementally built echelon basis.
 */
const P = 65_521;

const inverse = (a: number): number => {
  let [t, newT, r, newR] = [0, 1, P, a % P];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return ((t % P) + P) % P;
};

export class RowSpace {
  private readonly basis: { pivot: number; row: Int32Array }[] = [];
  constructor(private readonly width: number) {}

  private reduce(vector: Int32Array): Int32Array {
    const row = Int32Array.from(vector);
    for (const { pivot, row: b } of this.basis) {
      const factor = row[pivot];
      if (factor !== 0) {
        for (let i = 0; i < this.width; i += 1) {
          if (b[i] !== 0) {
            row[i] = (((row[i] - factor * b[i]) % P) + P) % P;
          }
        }
      }
    }
    return row;
  }

  /** Adds a published cell (its indicator vector over the unknowns). */
  add(vector: Int32Array): void {
    const row = this.reduce(vector);
    const pivot = row.findIndex((x) => x !== 0);
    if (pivot >= 0) {
      const scale = inverse(row[pivot]);
      for (let i = 0; i < this.width; i += 1) {
        row[i] = (row[i] * scale) % P;
      }
      this.basis.push({ pivot, row });
    }
  }

  /** Whether a cell is a linear combination of the published ones (then it can be worked out). */
  determines(vector: Int32Array): boolean {
    return this.reduce(vector).every((x) => x === 0);
  }
}
