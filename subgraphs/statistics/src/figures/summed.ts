import { areaChain } from './areas';
import type { Part } from './lattice';
import type { Population, Row } from './populations';
import { CODES, flatTree, UNKNOWN } from './vocabulary';

/**
 * Summed populations: one unit per case, adding nights or amounts month by month. Each reads
 * the year through `cases.statistics_case` (consenting cases only) and groups a case's parts into
 * one row, so a cell's contributor count is a count of cases.
 */
const partsOf = (row: Row, variable: string | null): Part[] =>
  (row.parts as { month: number; value: string | null; amount: number | string }[]).map((p) => ({
    month: Number(p.month),
    values: variable ? { [variable]: [p.value ?? UNKNOWN] } : {},
    amount: Number(p.amount),
  }));

const summed = (
  sql: string,
  params: (year: number) => unknown[],
  variable: string | null,
  codes: readonly string[],
  scale: number,
) =>
  ({
    sql,
    params,
    variables: () => (variable ? { [variable]: flatTree(codes, true) } : {}),
    fact: (row: Row) => ({
      months: [],
      areas: areaChain(row.municipality),
      values: {},
      parts: partsOf(row, variable),
    }),
    sumScale: scale,
  }) satisfies Population;

/** Claims filed in the year (RSD only), by case: the amount claimed or paid, by month filed. */
const compensation = (amount: string, value: string) =>
  `select c.municipality,
          json_agg(json_build_object('month', extract(month from k.filed_month)::int,
                   'value', ${value}, 'amount', k.${amount})) as parts
     from legal.statistics_compensation k
     join cases.statistics_case c on c.case_id = k.case_id
    where k.currency = 'RSD' and k.${amount} > 0
      and k.filed_month >= make_date(?::int, 1, 1) and k.filed_month < make_date(?::int + 1, 1, 1)
    group by k.case_id, c.municipality`;

export const SUMMED = {
  /**
   * Nights spent in accommodation the Centre arranged (the Shelter and the others), by month of
   * the night and kind: a night of day d is in a stay when from_on ≤ d < to_on (or today, while
   * the stay is open).
   */
  nights: summed(
    `select n.municipality,
            json_agg(json_build_object('month', n.month, 'value', n.kind, 'amount', n.nights)) as parts
       from (select s.case_id, c.municipality, s.kind, extract(month from m)::int as month,
                    sum(least(coalesce(s.to_on, current_date), (m + interval '1 month')::date)
                        - greatest(s.from_on, m::date))::int as nights
               from cases.statistics_stay s
               join cases.statistics_case c on c.case_id = s.case_id
               cross join lateral generate_series(
                 date_trunc('month', greatest(s.from_on, make_date(?::int, 1, 1))),
                 date_trunc('month', least(coalesce(s.to_on, current_date) - 1, make_date(?::int, 12, 31))),
                 interval '1 month') m
              where s.from_on <= make_date(?::int, 12, 31)
                and coalesce(s.to_on, current_date) > make_date(?::int, 1, 1)
              group by s.case_id, c.municipality, s.kind, month) n
      where n.nights > 0
      group by n.case_id, n.municipality`,
    (year) => [year, year, year, year],
    'kind',
    CODES.accommodationKind,
    1,
  ),
  /** Compensation claimed (RSD), by the claim's status now. */
  compensationClaimed: summed(
    compensation('amount_claimed', 'k.status'),
    (year) => [year, year],
    'status',
    CODES.compensationStatus,
    100,
  ),
  /** Compensation paid (RSD), for claims filed in the period. */
  compensationPaid: summed(
    compensation('amount_paid', 'null'),
    (year) => [year, year],
    null,
    [],
    100,
  ),
} satisfies Record<string, Population>;
