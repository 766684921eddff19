import { areaChain } from './areas';
import { type Fact, TOTAL, type Tree } from './lattice';
import { SUMMED } from './summed';
import { ageLeaf, ageTree, CODES, flatTree, UNKNOWN } from './vocabulary';

/** A row as the store reads it: the month (1–12) or months it counts in, the municipality, values. */
export type Row = Record<string, unknown> & { municipality: string | null };

/**
 * What is counted: one population (a report, an identified victim, …), the SQL that reads one
 * calendar year of it from the owners' views (always through `cases.statistics_case`, which holds
 * only consenting cases), and its breakdowns.
 */
export interface Population {
  readonly sql: string;
  /** SQL parameters for the year. */
  params(year: number): unknown[];
  variables(rows: readonly Row[]): Record<string, Tree>;
  fact(row: Row): Fact;
  /** A summed population (its facts have parts): stored units per published unit (100: RSD). */
  readonly sumScale?: number;
}

const inYear = (column: string) =>
  `${column} >= make_date(?::int, 1, 1) and ${column} < make_date(?::int + 1, 1, 1)`;
const yearParams = (year: number) => [year, year];
const one = (value: unknown): string[] => [typeof value === 'string' ? value : UNKNOWN];
const many = (values: unknown, empty: string): string[] =>
  Array.isArray(values) && values.length ? [...new Set(values as string[])] : [empty];
const monthOf = (row: Row) => [Number(row.month)];

/** Citizenships seen in the year (ISO codes), and UNKNOWN. */
function citizenshipTree(rows: readonly Row[]): Tree {
  const codes = [
    ...new Set(rows.map((row) => row.citizenship).filter((c) => typeof c === 'string')),
  ];
  return flatTree((codes as string[]).sort(), true);
}

/** A population counted by month of one date column, with flat breakdowns of its columns. */
function byMonth(
  sql: string,
  breakdowns: Record<string, { column: string; codes: readonly string[]; multi?: string }>,
): Population {
  return {
    sql,
    params: yearParams,
    variables: () =>
      Object.fromEntries(
        Object.entries(breakdowns).map(([name, b]) => [name, flatTree(b.codes, !b.multi)]),
      ),
    fact: (row) => ({
      months: monthOf(row),
      areas: areaChain(row.municipality),
      values: Object.fromEntries(
        Object.entries(breakdowns).map(([name, b]) => [
          name,
          b.multi ? many(row[b.column], b.multi) : one(row[b.column]),
        ]),
      ),
    }),
  };
}

export const POPULATIONS = {
  /** Reports received, by channel and by kind of reporting partner. */
  reports: byMonth(
    `select extract(month from r.received_month)::int as month, c.municipality, r.channel,
            case when r.reporting_partner_code is null then 'NONE' else p.agency_type end as agency_type
       from cases.statistics_report r
       join cases.statistics_case c on c.case_id = r.case_id
       left join partners.statistics_partner p on p.code = r.reporting_partner_code
      where ${inYear('r.received_month')}`,
    {
      channel: { column: 'channel', codes: CODES.channel },
      partnerType: { column: 'agency_type', codes: CODES.agencyType },
    },
  ),
  /** Cases opened in the period, by their status now. */
  cases: byMonth(
    `select extract(month from c.opened_month)::int as month, c.municipality, c.status
       from cases.statistics_case c where ${inYear('c.opened_month')}`,
    { status: { column: 'status', codes: CODES.caseStatus } },
  ),
  /** Victims identified in the period (the case's first IDENTIFIED decision). */
  victims: {
    sql: `select extract(month from v.identified_month)::int as month, v.municipality, v.sex,
                 v.age_years, v.child, v.citizenship, v.exploitation_types, v.scope,
                 v.means_of_control, v.recruiter_relation
            from cases.statistics_victim v where ${inYear('v.identified_month')}`,
    params: yearParams,
    variables: (rows) => ({
      sex: flatTree(CODES.sex, true),
      age: ageTree(),
      citizenship: citizenshipTree(rows),
      exploitationType: flatTree(CODES.exploitationType, false),
      scope: flatTree(CODES.scope, true),
      meansOfControl: flatTree(CODES.meansOfControl, false),
      recruiterRelation: flatTree(CODES.recruiterRelation, false),
    }),
    fact: (row) => ({
      months: monthOf(row),
      areas: areaChain(row.municipality),
      values: {
        sex: one(row.sex),
        age: [
          ageLeaf(
            row.age_years == null ? null : Number(row.age_years),
            (row.child as boolean | null) ?? null,
          ),
        ],
        citizenship: one(row.citizenship),
        exploitationType: many(row.exploitation_types, 'OTHER'),
        scope: one(row.scope),
        meansOfControl: many(row.means_of_control, 'NOT_SPECIFIED'),
        recruiterRelation: one(row.recruiter_relation),
      },
    }),
  } satisfies Population,
  /** Plan items made in the period, by service type and by status now. */
  planItems: byMonth(
    `select extract(month from p.created_month)::int as month, c.municipality, p.service_type, p.status
       from cases.statistics_plan_item p
       join cases.statistics_case c on c.case_id = p.case_id
      where ${inYear('p.created_month')}`,
    {
      serviceType: { column: 'service_type', codes: CODES.serviceType },
      status: { column: 'status', codes: CODES.planItemStatus },
    },
  ),
  /** Referrals made in the period, by service type and by outcome (status now). */
  referrals: byMonth(
    `select extract(month from r.created_month)::int as month, c.municipality, r.service_type, r.status
       from services.statistics_referral r
       join cases.statistics_case c on c.case_id = r.case_id
      where ${inYear('r.created_month')}`,
    {
      serviceType: { column: 'service_type', codes: CODES.serviceType },
      status: { column: 'status', codes: CODES.referralStatus },
    },
  ),
  /** Placements that began in the period, by kind of accommodation. */
  placements: byMonth(
    `select extract(month from s.from_on)::int as month, c.municipality, s.kind
       from cases.statistics_stay s
       join cases.statistics_case c on c.case_id = s.case_id
      where ${inYear('s.from_on')}`,
    { kind: { column: 'kind', codes: CODES.accommodationKind } },
  ),
  /**
   * People accommodated (anywhere the Centre arranged) during each month: occupancy over time.
   * A person counts once in every month, quarter and year they stayed in.
   */
  accommodated: {
    sql: `select c.municipality, array_agg(distinct extract(month from m)::int) as months
            from cases.statistics_stay s
            join cases.statistics_case c on c.case_id = s.case_id
            cross join lateral generate_series(
              date_trunc('month', greatest(s.from_on, make_date(?::int, 1, 1))),
              date_trunc('month', least(coalesce(s.to_on, current_date), make_date(?::int, 12, 31))),
              interval '1 month') m
           where s.from_on <= make_date(?::int, 12, 31)
             and coalesce(s.to_on, current_date) >= make_date(?::int, 1, 1)
           group by s.case_id, c.municipality`,
    params: (year) => [year, year, year, year],
    variables: () => ({}),
    fact: (row) => ({
      months: (row.months as number[]).map(Number),
      areas: areaChain(row.municipality),
      values: {},
    }),
  } satisfies Population,
  /** Voluntary returns, by status. */
  returns: byMonth(
    `select extract(month from v.month)::int as month, c.municipality, v.status
       from cases.statistics_return v
       join cases.statistics_case c on c.case_id = v.case_id
      where ${inYear('v.month')}`,
    { status: { column: 'status', codes: CODES.returnStatus } },
  ),
  /** Humanitarian residence applications made in the period, by status now. */
  residence: byMonth(
    `select extract(month from h.applied_month)::int as month, c.municipality, h.status
       from cases.statistics_residence h
       join cases.statistics_case c on c.case_id = h.case_id
      where ${inYear('h.applied_month')}`,
    { status: { column: 'status', codes: CODES.residenceStatus } },
  ),
  /** Proceedings begun in the period, by kind and by stage now. */
  proceedings: byMonth(
    `select extract(month from p.month)::int as month, c.municipality, p.kind, p.stage
       from legal.statistics_proceeding p
       join cases.statistics_case c on c.case_id = p.case_id
      where ${inYear('p.month')}`,
    {
      kind: { column: 'kind', codes: CODES.proceedingKind },
      stage: { column: 'stage', codes: CODES.proceedingStage },
    },
  ),
  /** Hearings held in the period, by protective measure (NONE: without any). */
  hearings: byMonth(
    `select extract(month from h.month)::int as month, c.municipality, h.protective_measures
       from legal.statistics_hearing h
       join cases.statistics_case c on c.case_id = h.case_id
      where ${inYear('h.month')}`,
    {
      protectiveMeasure: {
        column: 'protective_measures',
        codes: CODES.protectiveMeasure,
        multi: 'NONE',
      },
    },
  ),
  /** Compensation claims filed in the period, by status now (PAID: compensation paid). */
  compensation: byMonth(
    `select extract(month from k.filed_month)::int as month, c.municipality, k.status
       from legal.statistics_compensation k
       join cases.statistics_case c on c.case_id = k.case_id
      where ${inYear('k.filed_month')}`,
    { status: { column: 'status', codes: CODES.compensationStatus } },
  ),
  ...SUMMED,
} satisfies Record<string, Population>;

export type PopulationName = keyof typeof POPULATIONS;
export { TOTAL };
