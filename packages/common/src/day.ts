import { IsISO8601, Matches } from 'class-validator';
import { ErrorCode, HubError } from './errors';

/** The Centre works in Serbia: "today" is the calendar day in Belgrade. */
const BELGRADE_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Belgrade',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Belgrade, YYYY-MM-DD. */
export const today = (): string => BELGRADE_DAY.format(new Date());

/** A calendar date as the API takes it: YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a calendar date written YYYY-MM-DD that exists (no 30 February). */
export function isDay(value: string): boolean {
  if (!ISO_DATE.test(value)) {
    return false;
  }
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

/** Input validation: a calendar date written YYYY-MM-DD that exists. */
export function IsDay(field: string): PropertyDecorator {
  const format = Matches(ISO_DATE, { message: `${field} must be a date, YYYY-MM-DD` });
  const exists = IsISO8601({ strict: true }, { message: `${field} must be a date that exists` });
  return (target, property) => {
    format(target, property);
    exists(target, property);
  };
}

/**
 * Refuses a date that is not a real YYYY-MM-DD day or, with `notInFuture`, one after today:
 * BAD_USER_INPUT naming the field. For dates that arrive outside an input class.
 */
export function requireDay(
  value: string,
  field: string,
  options: { notInFuture?: boolean } = {},
): void {
  if (!isDay(value)) {
    throw new HubError(
      ErrorCode.BAD_USER_INPUT,
      `${field} must be a date that exists, YYYY-MM-DD.`,
      {
        field,
      },
    );
  }
  if (options.notInFuture && value > today()) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `${field} cannot be in the future.`, { field });
  }
}
