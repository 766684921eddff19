import { generateSyntheticCases, insertSyntheticCases, type SyntheticCase } from '@hub/cli';
import { BULK_PROBE_LIMITS, startTestHub, type TestHub } from '../support/hub';
import { RowSpace } from '../support/rowspace';
import { leavesOf, monthsOf, expectedKey } from '../support/statistics-expected';
import {
  AREAS,
  LEAVES,
  sumExpected,
  yearSums as kitYearSums,
  type ExpectedSums,
  type SumCell,
} from '../support/statistics-sums-expected';

/** Nights in accommodation and compensation claimed and paid: sums, and their disclosure rule. */
const YEAR = 2024;
const SUMS: Record<string, string[]> = {
  nights: ['kind'],
  compensationClaimed: ['status'],
  compensationPaid: [],
};
const KINDS = [
  'CENTRE_SHELTER',
  'NGO_SHELTER',
  'SOCIAL_CARE_INSTITUTION',
  'FOSTER_CARE',
  'OTHER',
  'UNKNOWN',
];
let hub: TestHub;
let cases: SyntheticCase[];
let expected: ExpectedSums;
let analyst: string;
const today = () => new Date().toISOString().slice(0, 10);
const exact = (c: SumCell, sums = expected) =>
  sums.get(expectedKey(YEAR, c.period, c.area, c.figure, c.breakdown, c.value));

const yearSums = (area: string, figures: Record<string, string[]>) =>
  kitYearSums(hub, analyst, YEAR, area, figures);

beforeAll(async () => {
  // A test harness reading every cell at once, not a client: the operation limits would stop it.
  hub = await startTestHub({ seed: false, gateway: BULK_PROBE_LIMITS });
  // Enough cases that some compensation paid in a year comes from 11 of them.
  cases = generateSyntheticCases({ n: 6000, fromYear: 2019, toYear: 2025, seed: 11 });
  await insertSyntheticCases(hub.db.url, cases, 11);
  expected = sumExpected(cases, today());
  analyst = await hub.token('centre', ['ANALYST']);
}, 180_000);
afterAll(() => hub.close());

describe('nights and compensation amounts', () => {
  let published: SumCell[];
  beforeAll(async () => {
    const areas = AREAS.slice(0, 7 + 3);
    published = (await Promise.all(areas.map((area) => yearSums(area, SUMS)))).flat();
  }, 120_000);

  it('equal an independent sum over the consenting cases, each from at least 11 cases', () => {
    const wrong = published
      .filter((c) => !c.sum.suppressed)
      .filter((c) => c.sum.value !== (exact(c)?.sum ?? 0) || (exact(c)?.cases.size ?? 0) < 11)
      .map(
        (c) =>
          `${c.figure}/${c.breakdown}/${c.value}@${c.period},${c.area}: ${c.sum.value} vs ${exact(c)?.sum} from ${exact(c)?.cases.size}`,
      );
    expect(wrong).toEqual([]);
    for (const figure of Object.keys(SUMS)) {
      expect(published.some((c) => c.figure === figure && !c.sum.suppressed)).toBe(true);
    }
    // Sums from fewer than 11 cases exist in the data, and each is withheld.
    const small = published.filter((c) => (exact(c)?.cases.size ?? 0) < 11);
    expect(small.length).toBeGreaterThan(100);
    expect(small.every((c) => c.sum.suppressed && c.sum.value === null)).toBe(true);
  });

  it('count only cases with statistics consent', () => {
    const all = sumExpected(
      cases.map((c) => ({ ...c, statisticsConsent: true })),
      today(),
    );
    for (const figure of Object.keys(SUMS)) {
      const total = published.find(
        (c) => c.figure === figure && c.value === 'TOT' && c.period === 'Y' && c.area === 'N',
      )!;
      expect(exact(total, all)!.sum).toBeGreaterThan(exact(total)!.sum);
      expect(total.sum).toEqual({ value: exact(total)!.sum, suppressed: false });
    }
  });

  it('compare the period with the five years before, and are refused to a case worker', async () => {
    const response = await hub.query(
      analyst,
      `{ statistics(period: { year: 2025 }) { previousYears { period { year } nights { total { value } } } } }`,
    );
    const previous = (
      response.body.data!.statistics as {
        previousYears: { period: { year: number }; nights: { total: { value: number } } }[];
      }
    ).previousYears;
    for (const year of previous) {
      expect(year.nights.total.value).toBe(
        expected.get(expectedKey(year.period.year, 'Y', 'N', 'nights', '', 'TOT'))!.sum,
      );
    }
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const refused = await hub.query(
      worker,
      `{ statistics(period: { year: ${YEAR} }) { nights { total { value } } } }`,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a differencing attack on nights', () => {
  // The unknowns: nights of YEAR by month, municipality (or unknown region) and kind. Every
  // published sum is the sum of the unknowns under it.
  const K = KINDS.length;
  const WIDTH = 12 * LEAVES.length * K;
  const column = (month: number, leaf: number, kind: number) =>
    ((month - 1) * LEAVES.length + leaf) * K + kind;
  const leavesUnder = (area: string) => leavesOf(LEAVES, area);
  const vectorOf = (c: SumCell) => {
    const vector = new Int32Array(WIDTH);
    const kinds = c.breakdown === 'kind' ? [KINDS.indexOf(c.value)] : KINDS.map((_, i) => i);
    for (const m of monthsOf(c.period)) {
      for (const l of leavesUnder(c.area)) {
        kinds.forEach((k) => (vector[column(m, l, k)] = 1));
      }
    }
    return vector;
  };
  const coarse = (c: SumCell) => c.area === 'N' || c.area.startsWith('R:');
  let cells: SumCell[];
  beforeAll(async () => {
    cells = (await Promise.all(AREAS.map((area) => yearSums(area, { nights: ['kind'] })))).flat();
  }, 120_000);

  it('over every period, area and kind of the year works out no withheld sum', () => {
    expect(new Set(cells.filter((c) => c.breakdown).map((c) => c.value))).toEqual(new Set(KINDS));
    const space = new RowSpace(WIDTH);
    cells.filter((c) => !c.sum.suppressed).forEach((c) => space.add(vectorOf(c)));
    const targets = cells.filter((c) => c.sum.suppressed && coarse(c));
    expect(targets.length).toBeGreaterThan(100);
    const derived = targets
      .filter((c) => space.determines(vectorOf(c)))
      .map((c) => `${c.breakdown}=${c.value}@${c.period},${c.area}`);
    expect(derived).toEqual([]);
  });

  it('would work some out if only the sums from fewer than 11 cases were withheld', () => {
    const space = new RowSpace(WIDTH);
    const from = (c: SumCell) => exact(c)?.cases.size ?? 0;
    cells.filter((c) => from(c) >= 11).forEach((c) => space.add(vectorOf(c)));
    const small = cells.filter((c) => from(c) < 11 && from(c) > 0 && coarse(c));
    expect(small.some((c) => space.determines(vectorOf(c)))).toBe(true);
  });
});
