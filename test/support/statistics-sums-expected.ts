import type { SyntheticCase } from '@hub/cli';
import { areasOf, expectedKey } from './statistics-expected';

/**
 * An independent sum of the generated facts, written plainly from the README's definitions:
 * for every cell (year, period, area, figure, breakdown, value) the sum, and the cases that add
 * to it. Only cases with statistics consent.
 */
export interface ExpectedSum {
  sum: number;
  cases: Set<string>;
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
          const cell = sums.get(key) ?? { sum: 0, cases: new Set<string>() };
          cell.sum += amount;
          cell.cases.add(kase.id);
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
    }
  }
  return sums;
}
