import { generateSyntheticCases, insertSyntheticCases, type SyntheticCase } from '@hub/cli';
import { BULK_PROBE_LIMITS, startTestHub, type TestHub } from '../support/hub';
import { RowSpace } from '../support/rowspace';
import { expectedKey, leavesOf, monthsOf } from '../support/statistics-expected';
import {
  AREAS,
  largestShare,
  LEAVES,
  sumExpected,
  yearSums,
  type ExpectedSums,
  type SumCell,
} from '../support/statistics-sums-expected';

/**
 * The sums' dominance rule: a sum to which its two largest cases give more than 85 % (the
 * defaults, STATISTICS_DOMINANCE_N and _K) is withheld like a sum from fewer than 11 cases, and
 * the complementary suppression keeps it from being worked out.
 */
const YEAR = 2024;
const N = 2;
const K = 85;
const SUMS: Record<string, string[]> = {
  nights: ['kind'],
  compensationClaimed: ['status'],
  compensationPaid: [],
};
const STATUSES = ['FILED', 'GRANTED', 'PARTLY_GRANTED', 'REJECTED', 'WITHDRAWN', 'PAID', 'UNKNOWN'];

let hub: TestHub;
let cases: SyntheticCase[];
let expected: ExpectedSums;
let analyst: string;
/** The status whose claims one large claim dominates. */
let dominated: string;
const today = () => new Date().toISOString().slice(0, 10);
const exact = (c: SumCell) =>
  expected.get(expectedKey(YEAR, c.period, c.area, c.figure, c.breakdown, c.value));
const share = (c: SumCell) => largestShare(exact(c), N);

beforeAll(async () => {
  hub = await startTestHub({ seed: false, gateway: BULK_PROBE_LIMITS });
  cases = generateSyntheticCases({ n: 6000, fromYear: 2019, toYear: 2025, seed: 11 });
  // One claim of the year, of its most common status, is made six times the others of that
  // status together: that status's national sum (from well over 11 cases) is nearly all one case,
  // while the year's total (from all statuses) is not.
  const claims = cases
    .filter((c) => c.statisticsConsent)
    .flatMap((c) => c.claims.filter((k) => k.filedOn.startsWith(`${YEAR}-`)));
  const byStatus = new Map<string, typeof claims>();
  claims.forEach((k) => byStatus.set(k.status, [...(byStatus.get(k.status) ?? []), k]));
  const [status, ofStatus] = [...byStatus].sort((a, b) => b[1].length - a[1].length)[0];
  dominated = status;
  const others = ofStatus.slice(1).reduce((sum, k) => sum + k.claimed, 0);
  ofStatus[0].claimed = 6 * others;
  await insertSyntheticCases(hub.db.url, cases, 11);
  expected = sumExpected(cases, today());
  analyst = await hub.token('centre', ['ANALYST']);
}, 180_000);
afterAll(() => hub.close());

describe('a sum that one or two cases dominate', () => {
  let published: SumCell[];
  beforeAll(async () => {
    const areas = AREAS.slice(0, 7 + 3);
    published = (
      await Promise.all(areas.map((area) => yearSums(hub, analyst, YEAR, area, SUMS)))
    ).flat();
  }, 120_000);

  it('is withheld, though at least 11 cases contribute to it', () => {
    const cell = published.find(
      (c) =>
        c.figure === 'compensationClaimed' &&
        c.breakdown === 'status' &&
        c.value === dominated &&
        c.period === 'Y' &&
        c.area === 'N',
    )!;
    expect(exact(cell)!.cases.size).toBeGreaterThanOrEqual(11);
    expect(share(cell)).toBeGreaterThan(K);
    expect(cell.sum).toEqual({ value: null, suppressed: true });
    // The year's total is not dominated, and stands.
    const total = published.find(
      (c) =>
        c.figure === 'compensationClaimed' &&
        c.value === 'TOT' &&
        c.period === 'Y' &&
        c.area === 'N',
    )!;
    expect(share(total)).toBeLessThan(K);
    expect(total.sum).toEqual({ value: exact(total)!.sum, suppressed: false });
  });

  it('is never published: every published sum comes from 11 cases, the largest two under 85 %', () => {
    const wrong = published
      .filter((c) => !c.sum.suppressed)
      .filter(
        (c) => c.sum.value !== exact(c)?.sum || (exact(c)?.cases.size ?? 0) < 11 || share(c) > K,
      )
      .map(
        (c) =>
          `${c.figure}/${c.breakdown}/${c.value}@${c.period},${c.area}: ${c.sum.value} from ${exact(c)?.cases.size}, ${share(c).toFixed(1)} %`,
      );
    expect(wrong).toEqual([]);
    // Dominated sums from 11 or more cases exist in the data (the nights of a long stay, the
    // large claim), and each of them is withheld.
    const dominatedCells = published.filter(
      (c) => (exact(c)?.cases.size ?? 0) >= 11 && share(c) > K,
    );
    expect(dominatedCells.length).toBeGreaterThan(0);
    expect(dominatedCells.every((c) => c.sum.suppressed)).toBe(true);
    for (const figure of Object.keys(SUMS)) {
      expect(published.some((c) => c.figure === figure && !c.sum.suppressed)).toBe(true);
    }
  });
});

describe('a differencing attack on compensation claimed', () => {
  // The unknowns: amounts claimed in YEAR by month, municipality (or unknown region) and status.
  const S = STATUSES.length;
  const WIDTH = 12 * LEAVES.length * S;
  const column = (month: number, leaf: number, status: number) =>
    ((month - 1) * LEAVES.length + leaf) * S + status;
  const vectorOf = (c: SumCell) => {
    const vector = new Int32Array(WIDTH);
    const statuses =
      c.breakdown === 'status' ? [STATUSES.indexOf(c.value)] : STATUSES.map((_, i) => i);
    for (const m of monthsOf(c.period)) {
      for (const l of leavesOf(LEAVES, c.area)) {
        statuses.forEach((s) => (vector[column(m, l, s)] = 1));
      }
    }
    return vector;
  };
  let cells: SumCell[];
  beforeAll(async () => {
    cells = (
      await Promise.all(
        AREAS.map((area) =>
          yearSums(hub, analyst, YEAR, area, { compensationClaimed: ['status'] }),
        ),
      )
    ).flat();
  }, 120_000);

  it('over every period, area and status of the year works out no dominated sum', () => {
    expect(cells.filter((c) => c.breakdown).every((c) => STATUSES.includes(c.value))).toBe(true);
    const space = new RowSpace(WIDTH);
    cells.filter((c) => !c.sum.suppressed).forEach((c) => space.add(vectorOf(c)));
    const targets = cells.filter((c) => c.sum.suppressed && (exact(c)?.cases.size ?? 0) >= 11);
    expect(targets.length).toBeGreaterThan(0);
    const derived = targets
      .filter((c) => space.determines(vectorOf(c)))
      .map((c) => `${c.breakdown}=${c.value}@${c.period},${c.area}`);
    expect(derived).toEqual([]);
  });

  it('would work it out if only the sums from fewer than 11 cases were withheld', () => {
    const space = new RowSpace(WIDTH);
    cells.filter((c) => (exact(c)?.cases.size ?? 0) >= 11).forEach((c) => space.add(vectorOf(c)));
    const target = cells.find(
      (c) =>
        c.breakdown === 'status' && c.value === dominated && c.period === 'Y' && c.area === 'N',
    )!;
    expect(space.determines(vectorOf(target))).toBe(true);
  });
});
