import { InvalidArgumentError } from 'commander';

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) {
    throw new InvalidArgumentError('a whole number from 1 to 10000');
  }
  return n;
}

/** A day (YYYY-MM-DD, the start of that day in UTC) or a full ISO date-time. */
export function instant(endOfDay: boolean) {
  return (value: string): string => {
    const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const parsed = new Date(
      dayOnly ? `${value}T${endOfDay ? '23:59:59.999' : '00:00:00'}Z` : value,
    );
    if (Number.isNaN(parsed.getTime())) {
      throw new InvalidArgumentError('a date (YYYY-MM-DD) or an ISO date-time');
    }
    return parsed.toISOString();
  };
}
