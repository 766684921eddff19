import {
  generateSyntheticCases,
  insertSyntheticCases,
  openSubgraphOrm,
  type SyntheticCase,
} from '@hub/cli';
import { REGIONS } from '@hub/statistics';
import pg from 'pg';
import { BULK_PROBE_LIMITS, roleSecret, startTestHub, type TestHub } from '../support/hub';
import { RowSpace } from '../support/rowspace';
import {
  areaArgument,
  leavesOf,
  monthsOf,
  cellsOf,
  countExpected,
  expectedKey,
  FIGURES,
  figuresSelection,
  identification,
  PERIOD_NODES,
  periodArgument,
  type Expected,
  type PublishedCell,
} from '../support/statistics-expected';

const YEAR = 2024;
const AREAS = [
  'N',
  ...Object.keys(REGIONS).map((r) => `R:${r}`),
  'R:UNKNOWN',
  ...Object.values(REGIONS)
    .flat()
    .map((m) => `M:${m}`),
];

let hub: TestHub;
let cases: SyntheticCase[];
let expected: Expected;
let analyst: string;

/** Every period of YEAR for one area, with the given figures, as cells. */
async function yearCells(
  area: string,
  figures: Record<string, string[]>,
): Promise<PublishedCell[]> {
  const selection = figuresSelection(figures);
  const query = `{ ${PERIOD_NODES.map(
    (node) =>
      `p_${node}: statistics(period: ${periodArgument(YEAR, node)}${areaArgument(area)}) { ${selection} }`,
  ).join(' ')} }`;
  const response = await hub.query(analyst, query);
  expect(response.body.errors).toBeUndefined();
  return cellsOf(YEAR, area, response.body.data as never);
}

beforeAll(async () => {
  // A test harness reading every cell at once, not a client: the operation limits would stop it.
  hub = await startTestHub({ seed: false, gateway: BULK_PROBE_LIMITS });
  cases = generateSyntheticCases({ n: 2500, fromYear: 2019, toYear: 2025, seed: 7 });
  await insertSyntheticCases(hub.db.url, cases, 7);
  expected = countExpected(cases, new Date().toISOString().slice(0, 10));
  analyst = await hub.token('centre', ['ANALYST']);
}, 120_000);
afterAll(() => hub.close());

describe('who may see statistics', () => {
  const refused: [
    string,
    string,
    ('MEMBER' | 'COORDINATOR' | 'CASE_WORKER' | 'ADMIN' | 'ANALYST')[],
  ][] = [
    ['a partner member', 'astra', ['MEMBER']],
    ['a partner coordinator', 'police-beograd', ['COORDINATOR']],
    ['a Centre case worker', 'centre', ['CASE_WORKER']],
    ['a Centre administrator', 'centre', ['ADMIN']],
  ];
  it.each(refused)('refuses %s, before looking at the arguments', async (_who, partner, roles) => {
    const token = await hub.token(partner, roles);
    // An invalid period and an unknown breakdown: the refusal still comes first.
    const response = await hub.query(
      token,
      `{ statistics(period: { year: 1 }) { victims { breakdown(name: "nonsense") { key } } } }`,
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.body.data).toBeNull();
    for (const file of [
      'export.csv?year=2024',
      'export-summary?year=2024',
      'export-dictionary.csv',
      'export.csv?year=bad',
    ]) {
      const download = await fetch(hub.url.replace('/graphql', `/statistics/${file}`), {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(download.status).toBe(403);
      expect(
        ((await download.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
          .extensions.code,
      ).toBe('FORBIDDEN');
    }
  });

  it('lets a Centre supervisor and analyst in, and refuses an export without a token', async () => {
    const supervisor = await hub.token('centre', ['SUPERVISOR']);
    for (const token of [supervisor, analyst]) {
      const response = await hub.query(
        token,
        `{ statistics(period: { year: ${YEAR} }) { victims { total { suppressed } } } }`,
      );
      expect(response.body.errors).toBeUndefined();
    }
    expect(
      (await fetch(hub.url.replace('/graphql', '/statistics/export.csv?year=2024'))).status,
    ).toBe(401);
  });

  it('accepts only calendar periods, saying why', async () => {
    const ask = (period: string) =>
      hub.query(analyst, `{ statistics(period: ${period}) { period { from to } } }`);
    const aligned = await ask(`{ from: "2024-04-01", to: "2024-06-30" }`);
    expect(aligned.body.data?.statistics).toEqual({
      period: { from: '2024-04-01', to: '2024-06-30' },
    });
    const unaligned = await ask(`{ from: "2024-04-01", to: "2024-07-31" }`);
    expect(unaligned.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PERIOD_NOT_ALIGNED',
    });
    expect((await ask(`{ year: 2024, month: 13 }`)).body.errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('the statistics role', () => {
  it('reads the views of consenting cases and no table, grant or access-log content', async () => {
    const orm = await openSubgraphOrm(hub.db.url, roleSecret(), 'statistics');
    const run = (sql: string) => orm.em.fork().getConnection().execute(sql);
    try {
      const [{ n }] = await run('select count(*)::int as n from cases.statistics_case');
      expect(n).toBe(cases.filter((c) => c.statisticsConsent).length);
      for (const sql of [
        'select count(*) from cases."case"',
        'select count(*) from cases.identification',
        'select count(*) from legal.proceeding',
        'select count(*) from services.referral',
        'select count(*) from hub.consent_grant',
        'select actor from hub.access_log limit 1',
      ]) {
        await expect(run(sql)).rejects.toThrow(/permission denied/);
      }
    } finally {
      await orm.close();
    }
  });
});

describe('the figures', () => {
  let published: PublishedCell[];
  beforeAll(async () => {
    const areas = [
      'N',
      ...Object.keys(REGIONS).map((r) => `R:${r}`),
      'R:UNKNOWN',
      ...REGIONS.BEOGRAD.slice(0, 3).map((m) => `M:${m}`),
    ];
    published = (await Promise.all(areas.map((area) => yearCells(area, FIGURES)))).flat();
  }, 120_000);

  it('equal an independent count of the consenting cases, and never show a count under 11', () => {
    const wrong = published
      .filter((cell) => !cell.count.suppressed)
      .map((cell) => ({
        cell,
        exact:
          expected.get(
            expectedKey(cell.year, cell.period, cell.area, cell.figure, cell.breakdown, cell.value),
          ) ?? 0,
      }))
      .filter(({ cell, exact }) => cell.count.value !== exact || exact < 11)
      .map(
        ({ cell, exact }) =>
          `${cell.figure}/${cell.breakdown}/${cell.value}@${cell.period},${cell.area}: ${cell.count.value} vs ${exact}`,
      );
    expect(wrong).toEqual([]);
    // Something of every figure is published (the test would prove little otherwise) …
    for (const figure of Object.keys(FIGURES)) {
      expect(published.some((c) => c.figure === figure && !c.count.suppressed)).toBe(true);
    }
    // … and plenty is suppressed.
    expect(published.filter((c) => c.count.suppressed).length).toBeGreaterThan(1000);
  });

  it('count only cases with statistics consent', () => {
    const identifiedIn = (all: boolean) =>
      cases.filter(
        (c) =>
          (all || c.statisticsConsent) && identification(c)?.decidedOn.startsWith(String(YEAR)),
      ).length;
    const total = published.find(
      (c) => c.figure === 'victims' && c.value === 'TOT' && c.period === 'Y' && c.area === 'N',
    )!;
    expect(identifiedIn(true)).toBeGreaterThan(identifiedIn(false));
    expect(total.count).toEqual({ value: identifiedIn(false), suppressed: false });
  });

  it('compare the period with the five years before', async () => {
    const response = await hub.query(
      analyst,
      `{ statistics(period: { year: 2025 }) { victims { total { value } } previousYears { period { year } victims { total { value suppressed } } reports { total { value } } } } }`,
    );
    const previous = (
      response.body.data!.statistics as {
        previousYears: { period: { year: number }; victims: { total: { value: number } } }[];
      }
    ).previousYears;
    expect(previous.map((p) => p.period.year)).toEqual([2024, 2023, 2022, 2021, 2020]);
    for (const year of previous) {
      expect(year.victims.total.value).toBe(
        expected.get(expectedKey(year.period.year, 'Y', 'N', 'victims', '', 'TOT')),
      );
    }
  });
});

describe('a differencing attack', () => {
  // Two breakdowns of one figure, sharing its total: the unknowns are the victims of YEAR by
  // month, municipality (or unknown region), sex and scope.
  const VALUES = {
    sex: ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'],
    scope: ['INTERNAL', 'TRANSNATIONAL', 'UNKNOWN'],
  };
  const LEAVES = [
    ...Object.values(REGIONS)
      .flat()
      .map((m) => `M:${m}`),
    'R:UNKNOWN',
  ];
  const S = VALUES.sex.length;
  const C = VALUES.scope.length;
  const column = (month: number, leaf: number, sex: number, scope: number) =>
    (((month - 1) * LEAVES.length + leaf) * S + sex) * C + scope;
  const WIDTH = 12 * LEAVES.length * S * C;
  const leavesUnder = (area: string) => leavesOf(LEAVES, area);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const vectorOf = (cell: { period: string; area: string; breakdown: string; value: string }) => {
    const vector = new Int32Array(WIDTH);
    const sexes = cell.breakdown === 'sex' ? [VALUES.sex.indexOf(cell.value)] : range(S);
    const scopes = cell.breakdown === 'scope' ? [VALUES.scope.indexOf(cell.value)] : range(C);
    for (const m of monthsOf(cell.period)) {
      for (const l of leavesUnder(cell.area)) {
        for (const s of sexes) {
          scopes.forEach((c) => (vector[column(m, l, s, c)] = 1));
        }
      }
    }
    return vector;
  };
  const coarse = (c: PublishedCell) => c.area === 'N' || c.area.startsWith('R:');
  let cells: PublishedCell[];
  beforeAll(async () => {
    cells = (
      await Promise.all(AREAS.map((area) => yearCells(area, { victims: ['sex', 'scope'] })))
    ).flat();
  }, 120_000);

  it('over every period, area and two breakdowns of the year works out no suppressed cell', () => {
    const space = new RowSpace(WIDTH);
    cells.filter((c) => !c.count.suppressed).forEach((c) => space.add(vectorOf(c)));
    const targets = cells.filter((c) => c.count.suppressed && coarse(c));
    expect(targets.length).toBeGreaterThan(100);
    const derived = targets
      .filter((c) => space.determines(vectorOf(c)))
      .map((c) => `${c.breakdown}=${c.value}@${c.period},${c.area}`);
    expect(derived).toEqual([]);
  });

  it('would work some out if only the cells under 11 were withheld (the attack has teeth)', () => {
    const space = new RowSpace(WIDTH);
    const exact = (c: PublishedCell) =>
      expected.get(expectedKey(YEAR, c.period, c.area, 'victims', c.breakdown, c.value)) ?? 0;
    cells.filter((c) => exact(c) >= 11).forEach((c) => space.add(vectorOf(c)));
    const small = cells.filter((c) => exact(c) < 11 && exact(c) > 0 && coarse(c));
    expect(small.some((c) => space.determines(vectorOf(c)))).toBe(true);
  });
});

describe('the HTCDS/CTDC export', () => {
  const download = (query: string) =>
    fetch(hub.url.replace('/graphql', `/statistics/export.csv?${query}`), {
      headers: { authorization: `Bearer ${analyst}` },
    });

  it('has one row per identified consenting victim not suppressed, every class at least 11', async () => {
    const response = await download(`year=${YEAR}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = (await response.text()).trimEnd().split('\r\n');
    const columns = header.split(',');
    expect(columns.slice(0, 3)).toEqual(['gender', 'ageBroad', 'majorityStatus']);
    const qi = [
      'gender',
      'ageBroad',
      'majorityStatus',
      'citizenship',
      'isForcedLabour',
      'isSexualExploit',
      'isOtherExploit',
      'isSexAndLabour',
      'isForcedMarriage',
      'isOrganRemoval',
      'typeOfLabourBegging',
      'typeOfSexPornography',
      'typeOfExploitConcatenated',
      'yearOfRegistration',
      'traffickingScope',
    ].map((name) => columns.indexOf(name));
    expect(qi.every((i) => i >= 0)).toBe(true);
    const classes = new Map<string, number>();
    for (const row of rows) {
      const values = row.split(',');
      const key = qi.map((i) => values[i]).join('|');
      classes.set(key, (classes.get(key) ?? 0) + 1);
    }
    expect(Math.min(...classes.values())).toBeGreaterThanOrEqual(11);
    const consenting = cases.filter(
      (c) => c.statisticsConsent && identification(c)?.decidedOn.startsWith(String(YEAR)),
    ).length;
    const suppressed = Number(response.headers.get('x-hub-export-suppressed'));
    expect(rows.length).toBe(Number(response.headers.get('x-hub-export-rows')));
    expect(rows.length + suppressed).toBe(consenting);
    expect(suppressed).toBeLessThanOrEqual(Math.ceil(consenting * 0.1));
    expect(Object.keys(JSON.parse(response.headers.get('x-hub-export-generalisation')!))).toEqual([
      'gender',
      'age',
      'citizenship',
      'exploitation',
      'yearOfRegistration',
      'traffickingScope',
    ]);
  });

  it('is written to the access log: who, when, which years, how many rows', async () => {
    const before = new Date();
    const response = await download('from=2023&to=2024');
    await response.text();
    const client = new pg.Client({ connectionString: hub.db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{
        actor: string;
        basis: string;
        at: Date;
        partner: string;
      }>(
        `select actor, partner, basis, at from hub.access_log where operation = 'StatisticsExport' and at >= $1`,
        [before],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        partner: 'centre',
        basis: expect.stringContaining(
          `years=2023-2024 rows=${response.headers.get('x-hub-export-rows')}`,
        ),
      });
    } finally {
      await client.end();
    }
  });

  it('comes with a data dictionary naming every column', async () => {
    const [csv, dictionary] = await Promise.all([
      download(`year=${YEAR}`).then((r) => r.text()),
      fetch(hub.url.replace('/graphql', '/statistics/export-dictionary.csv'), {
        headers: { authorization: `Bearer ${analyst}` },
      }).then((r) => r.text()),
    ]);
    const described = dictionary
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(described).toEqual(csv.split('\r\n')[0].split(','));
  });
});

describe('accommodation occupancy', () => {
  it('withholds a small count from a provider, shows it to the Centre case staff', async () => {
    const client = new pg.Client({ connectionString: hub.db.url });
    await client.connect();
    try {
      await client.query(
        `insert into cases.accommodation (id, case_id, provider_code, kind, from_on, created_by, created_at)
         values (gen_random_uuid(), $1, 'atina', 'NGO_SHELTER', current_date - 3, 'synthetic', now())`,
        [cases.find((c) => c.status === 'IN_SUPPORT')!.id],
      );
    } finally {
      await client.end();
    }
    const ask = async (token: string) =>
      (
        await hub.query(
          token,
          `{ accommodationOccupancy(provider: "atina") { kind occupied { value suppressed } } }`,
        )
      ).body.data?.accommodationOccupancy;
    expect(await ask(await hub.token('atina', ['MEMBER']))).toEqual([
      { kind: 'NGO_SHELTER', occupied: { value: null, suppressed: true } },
    ]);
    expect(await ask(analyst)).toEqual([
      { kind: 'NGO_SHELTER', occupied: { value: null, suppressed: true } },
    ]);
    expect(await ask(await hub.token('centre', ['CASE_WORKER']))).toEqual([
      { kind: 'NGO_SHELTER', occupied: { value: 1, suppressed: false } },
    ]);
  });
});
