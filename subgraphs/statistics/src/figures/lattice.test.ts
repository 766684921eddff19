import { parseConfig } from '@hub/common';
import { statisticsConfigSchema } from '../settings';
import { areaChain, areaTree } from './areas';
import { Lattice, periodTree, type Fact } from './lattice';
import { parsePeriod } from './period';
import { flatTree } from './vocabulary';

const people = (n: number, sex: string, month = 1, municipality = 'Београд'): Fact[] =>
  Array.from({ length: n }, () => ({
    months: [month],
    areas: areaChain(municipality),
    values: { sex: [sex] },
  }));
const lattice = (facts: Fact[]) =>
  new Lattice(
    periodTree(),
    areaTree(),
    { sex: flatTree(['FEMALE', 'MALE', 'OTHER'], true) },
    facts,
    11,
  );

describe('the suppression lattice', () => {
  it('withholds a lone small value together with the next smallest, so the total gives neither away', () => {
    const l = lattice([...people(40, 'FEMALE'), ...people(20, 'MALE'), ...people(3, 'UNKNOWN')]);
    expect(l.cell('Y', 'N', '', 'TOT')).toEqual({ value: 63, suppressed: false });
    expect(l.cell('Y', 'N', 'sex', 'FEMALE')).toEqual({ value: 40, suppressed: false });
    // OTHER is zero: it may not be UNKNOWN's only partner, so MALE goes too.
    expect(l.cell('Y', 'N', 'sex', 'UNKNOWN').suppressed).toBe(true);
    expect(l.cell('Y', 'N', 'sex', 'MALE').suppressed).toBe(true);
  });

  it('withholds every quarter when one is small, while the year stands', () => {
    const l = lattice([
      ...people(30, 'FEMALE', 1),
      ...people(30, 'FEMALE', 4),
      ...people(30, 'FEMALE', 7),
      ...people(5, 'FEMALE', 10),
    ]);
    expect(l.cell('Y', 'N', '', 'TOT')).toEqual({ value: 95, suppressed: false });
    for (const quarter of ['Q1', 'Q2', 'Q3', 'Q4']) {
      expect(l.cell(quarter, 'N', '', 'TOT').suppressed).toBe(true);
    }
  });

  it('publishes a sum only where 11 cases contribute, counting a case once however many parts it has', () => {
    // Each case has nights in two months of one kind; 12 Shelter cases, 10 in foster care.
    const stays = (n: number, kind: string): Fact[] =>
      Array.from({ length: n }, () => ({
        months: [],
        areas: areaChain('Београд'),
        values: {},
        parts: [
          { month: 1, values: { kind: [kind] }, amount: 10 },
          { month: 2, values: { kind: [kind] }, amount: 5 },
          { month: 3, values: { kind: [kind] }, amount: 0 },
        ],
      }));
    const l = new Lattice(
      periodTree(),
      areaTree(),
      { kind: flatTree(['CENTRE_SHELTER', 'FOSTER_CARE', 'OTHER'], true) },
      [...stays(12, 'CENTRE_SHELTER'), ...stays(10, 'FOSTER_CARE')],
      11,
    );
    expect(l.exact('Y', 'N', '', 'TOT')).toBe(22);
    expect(l.sum('Y', 'N', '', 'TOT')).toEqual({ value: 22 * 15, suppressed: false });
    expect(l.exact('M01', 'N', '', 'TOT')).toBe(22);
    // Nobody had a night in March: no case contributes, so its 0 is withheld, and with it the
    // other months of the quarter (as a count would be); so are the quarters (Q2–Q4 are empty).
    expect(l.exact('M03', 'N', '', 'TOT')).toBe(0);
    for (const node of ['M01', 'M02', 'M03', 'Q1']) {
      expect(l.sum(node, 'N', '', 'TOT').suppressed).toBe(true);
    }
    // Foster care comes from 10 cases: withheld, and the Shelter with it (else TOT − Shelter).
    expect(l.sum('Y', 'N', 'kind', 'FOSTER_CARE').suppressed).toBe(true);
    expect(l.sum('Y', 'N', 'kind', 'CENTRE_SHELTER').suppressed).toBe(true);
  });

  it('withholds a sum that one or two cases dominate, and a sibling with it', () => {
    // 14 cases with 10 nights each in the Shelter; 13 in foster care, one of them with 300; 11
    // of an unrecorded kind with 5 each.
    const stay = (kind: string, nights: number): Fact => ({
      months: [],
      areas: areaChain('Београд'),
      values: {},
      parts: [{ month: 1, values: { kind: [kind] }, amount: nights }],
    });
    const facts = [
      ...Array.from({ length: 14 }, () => stay('CENTRE_SHELTER', 10)),
      ...Array.from({ length: 12 }, () => stay('FOSTER_CARE', 2)),
      stay('FOSTER_CARE', 300),
      ...Array.from({ length: 11 }, () => stay('UNKNOWN', 5)),
    ];
    const build = (dominance: { n: number; k: number } | null) =>
      new Lattice(
        periodTree(),
        areaTree(),
        { kind: flatTree(['CENTRE_SHELTER', 'FOSTER_CARE'], true) },
        facts,
        11,
        dominance,
      );
    const before = build(null);
    expect(before.sum('Y', 'N', 'kind', 'FOSTER_CARE')).toEqual({ value: 324, suppressed: false });
    const l = build({ n: 1, k: 85 });
    // 300 of 324 (93 %) in foster care: withheld, though 13 cases contribute; the unrecorded kind
    // goes with it (the smallest published sibling), the total (519, 58 % from one case) stands.
    expect(l.exact('Y', 'N', 'kind', 'FOSTER_CARE')).toBe(13);
    expect(l.sum('Y', 'N', 'kind', 'FOSTER_CARE').suppressed).toBe(true);
    expect(l.sum('Y', 'N', 'kind', 'UNKNOWN').suppressed).toBe(true);
    expect(l.sum('Y', 'N', 'kind', 'CENTRE_SHELTER')).toEqual({ value: 140, suppressed: false });
    expect(l.sum('Y', 'N', '', 'TOT')).toEqual({ value: 519, suppressed: false });
    // Two cases: the largest two of the total are 300 + 10 of 519 (60 %) — published at k = 85,
    // withheld at k = 55.
    expect(build({ n: 2, k: 85 }).sum('Y', 'N', '', 'TOT').suppressed).toBe(false);
    expect(build({ n: 2, k: 55 }).sum('Y', 'N', '', 'TOT').suppressed).toBe(true);
  });

  it('has a dominance rule that cannot be switched off', () => {
    const parse = (env: Record<string, string>) => parseConfig(statisticsConfigSchema, env);
    expect(parse({})).toMatchObject({ STATISTICS_DOMINANCE_N: 2, STATISTICS_DOMINANCE_K: 85 });
    expect(() => parse({ STATISTICS_DOMINANCE_N: '0' })).toThrow();
    expect(() => parse({ STATISTICS_DOMINANCE_K: '100' })).toThrow();
    expect(parse({ STATISTICS_DOMINANCE_N: '1', STATISTICS_DOMINANCE_K: '75' })).toMatchObject({
      STATISTICS_DOMINANCE_N: 1,
      STATISTICS_DOMINANCE_K: 75,
    });
  });

  it('never publishes with a threshold under 11', () => {
    expect(() => parseConfig(statisticsConfigSchema, { STATISTICS_MIN_CELL: '5' })).toThrow();
    expect(
      parseConfig(statisticsConfigSchema, { STATISTICS_MIN_CELL: '20' }).STATISTICS_MIN_CELL,
    ).toBe(20);
  });
});

describe('periods', () => {
  it('are calendar years, quarters and months', () => {
    expect(parsePeriod({ year: 2024, quarter: 2 })).toMatchObject({
      node: 'Q2',
      from: '2024-04-01',
      to: '2024-06-30',
    });
    expect(parsePeriod({ from: '2024-02-01', to: '2024-02-29' })).toMatchObject({ node: 'M02' });
    expect(() => parsePeriod({ from: '2024-01-15', to: '2024-02-14' })).toThrow(
      /calendar year, quarter or month/,
    );
  });
});
