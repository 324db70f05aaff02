import { addDays } from '../../shared/domain/dates';
import { dateWarnings, isoWeekday } from '../../shared/domain/holidays';
import type { Random } from './random';

const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A meeting date in the month: on one of the preferred weekdays (1 = Montag), not a public
 * holiday, not in the NRW school holidays, and not `taken` yet. Falls back to any free weekday.
 */
export function meetingDate(
  rng: Random,
  year: number,
  month: number,
  preferredWeekdays: readonly number[],
  taken: ReadonlySet<string>,
): string {
  const days = rng.shuffle(Array.from({ length: daysInMonth(year, month) }, (_, i) => isoDate(year, month, i + 1)));
  const free = days.filter((d) => !taken.has(d) && dateWarnings(d).length === 0);
  const preferred = free.find((d) => preferredWeekdays.includes(isoWeekday(d)));
  const date = preferred ?? free[0];
  if (date === undefined) throw new Error(`no free meeting date in ${year}-${month}`);
  return date;
}

/** The date, moved forward to the next working day (Monday to Friday, no public holiday). */
export function workingDayFrom(date: string): string {
  let day = date;
  while (dateWarnings(day).some((w) => w.kind !== 'schulferien')) day = addDays(day, 1);
  return day;
}
