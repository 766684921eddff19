import { IsISO8601, Matches } from 'class-validator';
import { ErrorCode, HubError } from './errors';

/** The Centre works in Serbia: "today" is the calendar day in Belgrade. */
const BELGRADE_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Belgrade',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Belgrade, YYYY-MM-DD, at the instant `at`. */
export const belgradeDay = (at: Date): string => BELGRADE_DAY.format(at);

/** Today's date in Belgrade, YYYY-MM-DD. */
export const today = (): string => belgradeDay(new Date());

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

/** Under this age a person is a child: consent is the guardian's, services for children apply. */
export const ADULT_AGE = 18;

/**
 * Whole years from a date of birth to `day`, both YYYY-MM-DD (a birthday on 29 February comes
 * on 1 March in other years); null when the date of birth is missing or not written so. Negative
 * for a birth after `day`: each rule says what that means for it.
 */
export function ageOn(dateOfBirth: string | null | undefined, day: string): number | null {
  if (!dateOfBirth || !ISO_DATE.test(dateOfBirth)) {
    return null;
  }
  const [bornYear, bornMonth, bornDay] = dateOfBirth.split('-').map(Number);
  const [year, month, date] = day.split('-').map(Number);
  const beforeBirthday = month < bornMonth || (month === bornMonth && date < bornDay);
  return year - bornYear - (beforeBirthday ? 1 : 0);
}

/**
 * Whether the person is a child on `day` (not yet ADULT_AGE; a birth after `day` counts as a
 * child too); null when the date of birth is not known.
 */
export function childOn(dateOfBirth: string | null | undefined, day: string): boolean | null {
  const age = ageOn(dateOfBirth, day);
  return age === null ? null : age < ADULT_AGE;
}
