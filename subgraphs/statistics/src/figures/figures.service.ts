import { forbidden, hasRole, type HubContext, isCentre, loader, type Caller } from '@hub/common';
import { areaTree } from './areas';
import { Lattice, periodTree, TOTAL, type Cell, type Dominance } from './lattice';
import { POPULATIONS, type Population, type PopulationName, type Row } from './populations';
import type { Period } from './period';

/** CTDC publishes with k = 11; the hub never publishes a smaller cell, whatever is configured. */
export const MIN_CELL = 11;

/** Statistics are for the Centre's analysts and supervisors; everyone else is refused first. */
export function requireStatisticsRole(caller: Caller, what = 'Statistics'): void {
  if (!(isCentre(caller) && hasRole(caller, 'ANALYST', 'SUPERVISOR'))) {
    throw forbidden(`${what} are for Centre analysts and supervisors.`);
  }
}

export interface Breakdown {
  key: string;
  parent: string | null;
  count: Cell;
}

/** Reads the facts of one population and year and counts them into its suppressed lattice. */
export async function buildLattice(
  execute: (sql: string, params: unknown[]) => Promise<Row[]>,
  population: PopulationName,
  year: number,
  threshold: number,
  dominance: Dominance | null = null,
): Promise<Lattice> {
  const definition = POPULATIONS[population];
  const rows = await execute(definition.sql, definition.params(year));
  return new Lattice(
    periodTree(),
    areaTree(),
    definition.variables(rows),
    rows.map((row) => definition.fact(row)),
    Math.max(MIN_CELL, threshold),
    // Only sums have contributions that can dominate; counts ignore the rule.
    (definition as Population).sumScale === undefined ? null : dominance,
  );
}

/** The figures of one population for a period and area, read from its year's lattice. */
export class FiguresService {
  constructor(
    private readonly ctx: HubContext,
    private readonly threshold: number,
    private readonly dominance: Dominance | null = null,
  ) {}

  private lattice(population: PopulationName, year: number): Promise<Lattice> {
    return loader<string, Lattice>(this.ctx, 'statistics.lattice', (keys) =>
      Promise.all(
        keys.map((key) => {
          const [name, y] = key.split(':');
          return buildLattice(
            (sql, params) => this.ctx.em.getConnection().execute<Row[]>(sql, params),
            name as PopulationName,
            Number(y),
            this.threshold,
            this.dominance,
          );
        }),
      ),
    ).load(`${population}:${year}`);
  }

  /** A cell as published: the count, or for a summed population the sum in its unit. */
  private read(population: PopulationName, lattice: Lattice) {
    const scale = (POPULATIONS[population] as Population).sumScale;
    return (t: string, a: string, variable: string, v: string): Cell => {
      if (scale === undefined) {
        return lattice.cell(t, a, variable, v);
      }
      const sum = lattice.sum(t, a, variable, v);
      return sum.value === null ? sum : { value: sum.value / scale, suppressed: false };
    };
  }

  async total(population: PopulationName, period: Period, area: string): Promise<Cell> {
    const lattice = await this.lattice(population, period.year);
    return this.read(population, lattice)(period.node, area, '', TOTAL);
  }

  /** Every value of a breakdown (its tree below TOT, parents before children). */
  async breakdown(
    population: PopulationName,
    variable: string,
    period: Period,
    area: string,
  ): Promise<Breakdown[] | null> {
    const lattice = await this.lattice(population, period.year);
    const tree = lattice.variables[variable];
    if (!tree) {
      return null;
    }
    const read = this.read(population, lattice);
    return tree
      .nodes()
      .filter((node) => node !== TOTAL)
      .map((node) => {
        const parent = tree.parent.get(node)!;
        return {
          key: node,
          parent: parent === TOTAL ? null : parent,
          count: read(period.node, area, variable, node),
        };
      });
  }

  /** The total of each month of the period (occupancy and activity over time). */
  async byMonth(population: PopulationName, period: Period, area: string): Promise<Breakdown[]> {
    const lattice = await this.lattice(population, period.year);
    const read = this.read(population, lattice);
    const months = lattice.period
      .nodes()
      .filter((node) => node.startsWith('M') && lattice.period.chain(node).includes(period.node));
    return months.map((node) => ({
      key: `${period.year}-${node.slice(1)}`,
      parent: null,
      count: read(node, area, '', TOTAL),
    }));
  }

  breakdownNames(population: PopulationName): string[] {
    return Object.keys(POPULATIONS[population].variables([]));
  }
}
