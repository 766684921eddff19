import type { SyntheticCase } from '@hub/cli';
import { REGIONS } from '@hub/statistics';
import type { TestHub } from './hub';
import {
  areaArgument,
  areasOf,
  expectedKey,
  PERIOD_NODES,
  periodArgument,
} from './statistics-expected';

/**
 * An independent sum of the generated facts, written plainly from the README's definitions:
 * for every cell (year, period, area, figure, breakdown, value) the sum, and the cases that add
 * to it. Only cases with statistics consent.
 */
export interface ExpectedSum {
  sum: number;
  cases: Set<string>;
  /** What each case adds to it (for the dominance rule). */
  byCase: Map<string, number>;
}
export type ExpectedSums = Map<string, ExpectedSum>;

const periodsOf = (month: number) => [
  'Y',
  `Q${Math.ceil(month / 3)}`,
  `M${String(month).padStart(2, '0')}`,
];
const nextDay = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export function sumExpected(cases: readonly SyntheticCase[], today: string): ExpectedSums {
  const sums: ExpectedSums = new Map();
  const add = (
    kase: SyntheticCase,
    figure: string,
    day: string,
    amount: number,
    values: Record<string, string>,
  ) => {
    const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
    for (const period of periodsOf(month)) {
      for (const area of areasOf(kase.municipality)) {
        for (const [breakdown, value] of [['', 'TOT'], ...Object.entries(values)]) {
          const key = expectedKey(year, period, area, figure, breakdown, value);
          const cell = sums.get(key) ?? { sum: 0, cases: new Set<string>(), byCase: new Map() };
          cell.sum += amount;
          cell.cases.add(kase.id);
          cell.byCase.set(kase.id, (cell.byCase.get(kase.id) ?? 0) + amount);
          sums.set(key, cell);
        }
      }
    }
  };
  for (const kase of cases.filter((c) => c.statisticsConsent)) {
    for (const stay of kase.stays) {
      // One night for each day from the first up to the day before it ended (or today).
      const nights = new Map<string, number>();
      for (let day = stay.from; day < (stay.to ?? today); day = nextDay(day)) {
        nights.set(day.slice(0, 7), (nights.get(day.slice(0, 7)) ?? 0) + 1);
      }
      nights.forEach((n, month) => add(kase, 'nights', `${month}-01`, n, { kind: stay.kind }));
    }
    for (const claim of kase.claims) {
      add(kase, 'compensationClaimed', claim.filedOn, claim.claimed, { status: claim.status });
      if (claim.paid) {
        add(kase, 'compensationPaid', claim.filedOn, claim.paid, {});
      }
    }
  }
  // Amounts are recorded in minor units and published in RSD.
  for (const [key, cell] of sums) {
    if (!key.includes('|nights|')) {
      cell.sum /= 100;
      cell.byCase.forEach((amount, id) => cell.byCase.set(id, amount / 100));
    }
  }
  return sums;
}

/** The share (%) of a sum that its n largest contributing cases give. */
export const largestShare = (cell: ExpectedSum | undefined, n: number): number => {
  if (!cell || cell.sum <= 0) {
    return 0;
  }
  const top = [...cell.byCase.values()].sort((a, b) => b - a).slice(0, n);
  return (100 * top.reduce((a, b) => a + b, 0)) / cell.sum;
};

/** Every municipality, and the unknown region: the leaves of the area tree. */
export const LEAVES = [
  ...Object.values(REGIONS)
    .flat()
    .map((m) => `M:${m}`),
  'R:UNKNOWN',
];
export const AREAS = ['N', ...Object.keys(REGIONS).map((r) => `R:${r}`), 'R:UNKNOWN', ...LEAVES];

/** One published sum: where it is, and what was published. */
export interface SumCell {
  period: string;
  area: string;
  figure: string;
  breakdown: string;
  value: string;
  sum: { value: number | null; suppressed: boolean };
}

/** Every period of a year for one area, with the given sums and breakdowns, as cells. */
export async function yearSums(
  hub: TestHub,
  token: string,
  year: number,
  area: string,
  figures: Record<string, string[]>,
): Promise<SumCell[]> {
  const selection = Object.entries(figures)
    .map(
      ([figure, breakdowns]) =>
        `${figure} { total { value suppressed } ${breakdowns
          .map((b) => `b_${b}: breakdown(name: "${b}") { key sum { value suppressed } }`)
          .join(' ')} }`,
    )
    .join(' ');
  const query = `{ ${PERIOD_NODES.map(
    (node) =>
      `p_${node}: statistics(period: ${periodArgument(year, node)}${areaArgument(area)}) { ${selection} }`,
  ).join(' ')} }`;
  const response = await hub.query(token, query);
  if (response.body.errors?.length) {
    throw new Error(`statistics refused: ${JSON.stringify(response.body.errors)}`);
  }
  const cells: SumCell[] = [];
  type Body = { total: SumCell['sum'] } & Record<string, { key: string; sum: SumCell['sum'] }[]>;
  for (const [alias, report] of Object.entries(response.body.data as Record<string, never>)) {
    for (const [figure, body] of Object.entries(report as Record<string, Body>)) {
      const at = { period: alias.slice(2), area, figure };
      cells.push({ ...at, breakdown: '', value: 'TOT', sum: body.total });
      for (const [field, list] of Object.entries(body).filter(([f]) => f.startsWith('b_'))) {
        for (const entry of list as { key: string; sum: SumCell['sum'] }[]) {
          cells.push({ ...at, breakdown: field.slice(2), value: entry.key, sum: entry.sum });
        }
      }
    }
  }
  return cells;
}
