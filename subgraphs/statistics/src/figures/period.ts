import { ErrorCode, HubError } from '@hub/common';
import { isKnownMunicipality, isKnownRegion } from './areas';

/** A period the figures are published for: a calendar year, quarter or month. */
export interface Period {
  year: number;
  /** The node of the year's period tree: Y, Q1–Q4 or M01–M12. */
  node: string;
  from: string;
  to: string;
}

export interface PeriodArgs {
  year?: number | null;
  quarter?: number | null;
  month?: number | null;
  from?: string | null;
  to?: string | null;
}

const bad = (message: string, field: string) =>
  new HubError(ErrorCode.BAD_USER_INPUT, message, { field });
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period of months first–last (1–12) of a year. */
function span(year: number, first: number, last: number, node: string): Period {
  return { year, node, from: iso(year, first, 1), to: iso(year, last, lastDay(year, last)) };
}

/**
 * Reads a period. Only calendar years, quarters and months are published: any other range could
 * be differenced against them to reveal a suppressed cell (README "Statistics"). A from–to is
 * accepted when it is exactly one of those.
 */
export function parsePeriod(args: PeriodArgs, minYear = 1990, maxYear = 2200): Period {
  if (args.from != null || args.to != null) {
    if (args.year != null || args.quarter != null || args.month != null) {
      throw bad('Give either from–to or year (with quarter or month), not both.', 'period');
    }
    const match = (value: string | null | undefined) =>
      /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
    const from = match(args.from);
    const to = match(args.to);
    if (!from || !to) {
      throw bad('from and to are days, YYYY-MM-DD.', 'period');
    }
    const year = Number(from[1]);
    const candidates = [
      parsePeriod({ year }),
      ...[1, 2, 3, 4].map((quarter) => parsePeriod({ year, quarter })),
      ...Array.from({ length: 12 }, (_, i) => parsePeriod({ year, month: i + 1 })),
    ];
    const found = candidates.find((p) => p.from === args.from && p.to === args.to);
    if (!found) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'Figures are published for a calendar year, quarter or month only: from–to must be exactly one of those.',
        { field: 'period', reason: 'PERIOD_NOT_ALIGNED' },
      );
    }
    return found;
  }
  const { year, quarter, month } = args;
  if (year == null || !Number.isInteger(year) || year < minYear || year > maxYear) {
    throw bad(`year must be a whole year from ${minYear} to ${maxYear}.`, 'year');
  }
  if (quarter != null && month != null) {
    throw bad('Give a quarter or a month, not both.', 'quarter');
  }
  if (quarter != null) {
    if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
      throw bad('quarter is 1–4.', 'quarter');
    }
    return span(year, quarter * 3 - 2, quarter * 3, `Q${quarter}`);
  }
  if (month != null) {
    if (!Number.isInteger(month) || month < 1 || month > 12) {
      throw bad('month is 1–12.', 'month');
    }
    return span(year, month, month, `M${String(month).padStart(2, '0')}`);
  }
  return span(year, 1, 12, 'Y');
}

/** The same period some years earlier. */
export const shiftYears = (period: Period, years: number): Period => {
  const shifted = parsePeriod({ year: period.year - years });
  if (period.node === 'Y') {
    return shifted;
  }
  const quarter = /^Q(\d)$/.exec(period.node);
  return quarter
    ? parsePeriod({ year: period.year - years, quarter: Number(quarter[1]) })
    : parsePeriod({ year: period.year - years, month: Number(period.node.slice(1)) });
};

/** The area node of a region or municipality filter (national without either). */
export function parseArea(region?: string | null, municipality?: string | null): string {
  if (region != null && municipality != null) {
    throw bad('Give a region or a municipality, not both.', 'region');
  }
  if (municipality != null) {
    if (!isKnownMunicipality(municipality)) {
      throw bad('Unknown municipality (give it as recorded, in Serbian Cyrillic).', 'municipality');
    }
    return `M:${municipality}`;
  }
  if (region != null) {
    if (!isKnownRegion(region)) {
      throw bad('Unknown region.', 'region');
    }
    return `R:${region}`;
  }
  return 'N';
}
