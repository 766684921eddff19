import { type SyntheticCase, SYNTHETIC_PARTNERS } from '@hub/cli';
import { REGIONS } from '@hub/statistics';

/**
 * An independent count of the generated facts, written plainly from the definitions in the
 * README (not from the statistics subgraph's code): for every year, period node (Y, Qn, Mmm),
 * area node (N, R:<region>, M:<municipality>), figure, breakdown and value, how many. Only cases
 * with statistics consent are counted.
 */
export type Expected = Map<string, number>;
export const expectedKey = (
  year: number,
  period: string,
  area: string,
  figure: string,
  breakdown: string,
  value: string,
) => [year, period, area, figure, breakdown, value].join('|');

const belgrade = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Belgrade',
  year: 'numeric',
  month: '2-digit',
});
/** [year, month] of a moment in Serbia, or of a day. */
const monthOf = (value: Date | string): [number, number] => {
  if (typeof value === 'string') {
    return [Number(value.slice(0, 4)), Number(value.slice(5, 7))];
  }
  const parts = belgrade.formatToParts(value);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return [part('year'), part('month')];
};
const periodsOf = (month: number) => [
  'Y',
  `Q${Math.ceil(month / 3)}`,
  `M${String(month).padStart(2, '0')}`,
];
const regionOf = new Map(Object.entries(REGIONS).flatMap(([r, ms]) => ms.map((m) => [m, r])));
export const areasOf = (municipality: string | null): string[] => {
  const region = municipality ? regionOf.get(municipality) : undefined;
  return region ? ['N', `R:${region}`, `M:${municipality}`] : ['N', 'R:UNKNOWN'];
};
const agencyOf = new Map(SYNTHETIC_PARTNERS.map((p) => [p.code, p.agencyType]));

function fullYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

function ageValues(dob: string | null, on: string, child: boolean | null): string[] {
  if (dob) {
    const age = fullYears(dob, on);
    const bands: [number, string][] = [
      [8, '0-8'],
      [17, '9-17'],
      [20, '18-20'],
      [23, '21-23'],
      [26, '24-26'],
      [29, '27-29'],
      [38, '30-38'],
      [47, '39-47'],
    ];
    const band = bands.find(([limit]) => age <= limit)?.[1] ?? '48+';
    return [band, age < 18 ? 'CHILD' : 'ADULT'];
  }
  if (child === null) {
    return ['UNKNOWN'];
  }
  return child ? ['CHILD_AGE_UNKNOWN', 'CHILD'] : ['ADULT_AGE_UNKNOWN', 'ADULT'];
}

/** The first IDENTIFIED decision of a case, if any. */
export const identification = (kase: SyntheticCase) =>
  [...kase.decisions]
    .filter((d) => d.decision === 'IDENTIFIED')
    .sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : 0))[0];

export function countExpected(cases: readonly SyntheticCase[], today: string): Expected {
  const counts: Expected = new Map();
  const add = (
    figure: string,
    when: Date | string,
    municipality: string | null,
    values: Record<string, string[]>,
  ) => {
    const [year, month] = monthOf(when);
    for (const period of periodsOf(month)) {
      for (const area of areasOf(municipality)) {
        const bump = (breakdown: string, value: string) => {
          const key = expectedKey(year, period, area, figure, breakdown, value);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        };
        bump('', 'TOT');
        for (const [breakdown, list] of Object.entries(values)) {
          new Set(list).forEach((value) => bump(breakdown, value));
        }
      }
    }
  };
  for (const kase of cases.filter((c) => c.statisticsConsent)) {
    const m = kase.municipality;
    for (const r of kase.reports) {
      add('reports', r.receivedAt, m, {
        channel: [r.channel],
        partnerType: [r.partner ? agencyOf.get(r.partner)! : 'NONE'],
      });
    }
    add('cases', kase.openedAt, m, { status: [kase.status] });
    const decision = identification(kase);
    if (decision) {
      add('victims', decision.decidedOn, m, {
        sex: [kase.sex ?? 'UNKNOWN'],
        age: ageValues(kase.dateOfBirth, decision.decidedOn, decision.child),
        citizenship: [kase.citizenship ?? 'UNKNOWN'],
        exploitationType: decision.exploitationTypes.length
          ? decision.exploitationTypes
          : ['OTHER'],
        scope: [decision.scope ?? 'UNKNOWN'],
        meansOfControl: kase.indicators?.length ? kase.indicators : ['NOT_SPECIFIED'],
        recruiterRelation: [decision.recruiterRelation ?? 'UNKNOWN'],
      });
    }
    kase.planItems.forEach((p) =>
      add('planItems', p.createdAt, m, {
        serviceType: [p.serviceType ?? 'UNKNOWN'],
        status: [p.status],
      }),
    );
    kase.referrals.forEach((r) =>
      add('referrals', r.createdAt, m, { serviceType: [r.serviceType], status: [r.status] }),
    );
    kase.stays.forEach((s) => add('placements', s.from, m, { kind: [s.kind] }));
    // People accommodated: once in every month, quarter and year any of their stays covers.
    const covered = new Set<string>();
    for (const s of kase.stays) {
      const end = (s.to ?? today).slice(0, 7);
      let [y, mo] = monthOf(s.from);
      while (`${y}-${String(mo).padStart(2, '0')}` <= end) {
        periodsOf(mo).forEach((period) =>
          areasOf(m).forEach((area) =>
            covered.add(expectedKey(y, period, area, 'accommodated', '', 'TOT')),
          ),
        );
        [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
      }
    }
    covered.forEach((key) => counts.set(key, (counts.get(key) ?? 0) + 1));
    kase.returns.forEach((r) =>
      add('returns', r.returnedOn ?? r.createdAt, m, { status: [r.status] }),
    );
    kase.residence.forEach((r) => add('residencePermits', r.appliedOn, m, { status: [r.status] }));
    kase.proceedings.forEach((p) =>
      add('proceedings', p.startedOn, m, { kind: [p.kind], stage: [p.stage] }),
    );
    kase.hearings.forEach((h) =>
      add('hearings', h.scheduledAt, m, {
        protectiveMeasure: h.measures.length ? h.measures : ['NONE'],
      }),
    );
    kase.claims.forEach((k) => add('compensationClaims', k.filedOn, m, { status: [k.status] }));
  }
  return counts;
}

/** The figures of the API and their breakdowns. */
export const FIGURES: Record<string, string[]> = {
  reports: ['channel', 'partnerType'],
  cases: ['status'],
  victims: [
    'sex',
    'age',
    'citizenship',
    'exploitationType',
    'scope',
    'meansOfControl',
    'recruiterRelation',
  ],
  planItems: ['serviceType', 'status'],
  referrals: ['serviceType', 'status'],
  placements: ['kind'],
  accommodated: [],
  returns: ['status'],
  residencePermits: ['status'],
  proceedings: ['kind', 'stage'],
  hearings: ['protectiveMeasure'],
  compensationClaims: ['status'],
};

/** The selection of some figures with their totals and breakdowns, under aliases b_<name>. */
export const figuresSelection = (figures: Record<string, string[]>) =>
  Object.entries(figures)
    .map(
      ([figure, breakdowns]) =>
        `${figure} { total { value suppressed } ${breakdowns
          .map((b) => `b_${b}: breakdown(name: "${b}") { key count { value suppressed } }`)
          .join(' ')} }`,
    )
    .join(' ');

export const PERIOD_NODES = [
  'Y',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  ...Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`),
];
export const periodArgument = (year: number, node: string) =>
  node === 'Y'
    ? `{ year: ${year} }`
    : node.startsWith('Q')
      ? `{ year: ${year}, quarter: ${node.slice(1)} }`
      : `{ year: ${year}, month: ${Number(node.slice(1))} }`;
export const areaArgument = (area: string) =>
  area === 'N'
    ? ''
    : area.startsWith('R:')
      ? `, region: "${area.slice(2)}"`
      : `, municipality: "${area.slice(2)}"`;

/** One published or suppressed cell as the API returned it. */
export interface PublishedCell {
  year: number;
  period: string;
  area: string;
  figure: string;
  breakdown: string;
  value: string;
  count: { value: number | null; suppressed: boolean };
}

type FiguresData = Record<
  string,
  { total: PublishedCell['count'] } & Record<
    string,
    { key: string; count: PublishedCell['count'] }[]
  >
>;

/** Flattens `p_<node>: statistics(...)` answers into cells. */
export function cellsOf(
  year: number,
  area: string,
  data: Record<string, FiguresData>,
): PublishedCell[] {
  const cells: PublishedCell[] = [];
  for (const [alias, figures] of Object.entries(data)) {
    const period = alias.slice(2);
    for (const [figure, body] of Object.entries(figures)) {
      cells.push({ year, period, area, figure, breakdown: '', value: 'TOT', count: body.total });
      for (const [field, list] of Object.entries(body)) {
        if (field.startsWith('b_')) {
          for (const entry of list as { key: string; count: PublishedCell['count'] }[]) {
            cells.push({
              year,
              period,
              area,
              figure,
              breakdown: field.slice(2),
              value: entry.key,
              count: entry.count,
            });
          }
        }
      }
    }
  }
  return cells;
}

/** The months (1–12) a period code covers: `Y`, `Q1`–`Q4` or `M1`–`M12`. */
export const monthsOf = (period: string): number[] =>
  Array.from({ length: 12 }, (_, i) => i + 1).filter((m) =>
    period === 'Y'
      ? true
      : period.startsWith('Q')
        ? Math.ceil(m / 3) === Number(period.slice(1))
        : m === Number(period.slice(1)),
  );

/** The indexes of the area leaves (municipalities, unknown regions) an area code covers. */
export const leavesOf = (leaves: readonly string[], area: string): number[] =>
  leaves
    .map((leaf, i) => [leaf, i] as const)
    .filter(
      ([leaf]) =>
        area === 'N' ||
        leaf === area ||
        (area.startsWith('R:') && leaf.startsWith('M:') && areasOf(leaf.slice(2)).includes(area)),
    )
    .map(([, i]) => i);
