import { IsISO8601, Matches } from 'class-validator';

/** The Centre works in Serbia: "today" is the calendar day in Belgrade. */
const BELGRADE_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Belgrade',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Belgrade, YYYY-MM-DD. */
export const today = (): string => BELGRADE_DAY.format(new Date());

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
export function IsDay(field: string): PropertyDecorator {
  const format = Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date, YYYY-MM-DD` });
  const exists = IsISO8601({ strict: true }, { message: `${field} must be a date that exists` });
  return (target, property) => {
    format(target, property);
    exists(target, property);
  };
}
