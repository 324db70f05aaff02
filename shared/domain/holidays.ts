import { getHolidays } from 'feiertagejs';
import { z } from 'zod';
import { IsoDate } from '../schemas/common';
import schoolHolidayFile from '../data/schulferien-nrw.json';

/** Why a date is a poor choice for a meeting of education bodies. */
export type DateWarning = { kind: 'feiertag' | 'schulferien' | 'wochenende'; label: string };

const PeriodName = z.enum(['Herbstferien', 'Weihnachtsferien', 'Osterferien', 'Pfingstferien', 'Sommerferien']);

/** Shape of shared/data/schulferien-nrw.json (Ferienordnung NRW); checked once at load. */
const SchoolHolidayFile = z.object({
  state: z.literal('DE-NW'),
  source: z.string().min(1),
  schoolYears: z.array(
    z.object({
      schoolYear: z.string().regex(/^\d{4}\/\d{2}$/),
      periods: z.array(
        z
          .object({ name: PeriodName, first: IsoDate, last: IsoDate })
          .refine((p) => p.first <= p.last, { error: 'Ferienende liegt vor dem Ferienbeginn.' }),
      ),
    }),
  ),
});

type SchoolHoliday = { label: string; first: string; last: string };

/** "Osterferien 2026"; Christmas holidays span two years: "Weihnachtsferien 2025/26". */
function periodLabel(name: z.infer<typeof PeriodName>, first: string): string {
  const year = Number(first.slice(0, 4));
  if (name !== 'Weihnachtsferien') return `${name} ${year}`;
  return `${name} ${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

const SCHOOL_HOLIDAYS: readonly SchoolHoliday[] = SchoolHolidayFile.parse(schoolHolidayFile)
  .schoolYears.flatMap((y) => y.periods)
  .map((p) => ({ label: periodLabel(p.name, p.first), first: p.first, last: p.last }))
  .sort((a, b) => a.first.localeCompare(b.first));

const KNOWN_FROM = SCHOOL_HOLIDAYS[0]?.first ?? '';
const KNOWN_UNTIL = SCHOOL_HOLIDAYS.at(-1)?.last ?? '';

const publicHolidaysByYear = new Map<number, ReadonlyMap<string, string>>();

/**
 * NRW public holidays of a year by ISO date, computed once per year: looking up a single date in
 * feiertagejs takes almost a millisecond, too slow for year plans and large data sets.
 */
function publicHolidaysOf(year: number): ReadonlyMap<string, string> {
  let holidays = publicHolidaysByYear.get(year);
  if (!holidays) {
    holidays = new Map(getHolidays(year, 'NW').map((h) => [h.dateString, h.translate('de') ?? h.name]));
    publicHolidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** German name of the NRW public holiday on that date ("Fronleichnam"), if it is one. */
export function publicHoliday(isoDate: string): string | undefined {
  return publicHolidaysOf(Number(isoDate.slice(0, 4))).get(isoDate);
}

/** Label of the NRW school holidays the date falls in ("Osterferien 2026"), if any. */
export function schoolHoliday(isoDate: string): string | undefined {
  return SCHOOL_HOLIDAYS.find((h) => h.first <= isoDate && isoDate <= h.last)?.label;
}

/** False outside the years the school-holiday data covers: no warning there means "unknown". */
export const schoolHolidaysKnown = (isoDate: string): boolean => KNOWN_FROM <= isoDate && isoDate <= KNOWN_UNTIL;

/** ISO weekday of an ISO date: 1 = Montag … 7 = Sonntag (independent of the local time zone). */
export function isoWeekday(isoDate: string): number {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Public holiday, school holidays and weekend warnings for a meeting date (empty for a normal weekday). */
export function dateWarnings(isoDate: string): DateWarning[] {
  const warnings: DateWarning[] = [];
  const holiday = publicHoliday(isoDate);
  if (holiday) warnings.push({ kind: 'feiertag', label: holiday });
  const ferien = schoolHoliday(isoDate);
  if (ferien) warnings.push({ kind: 'schulferien', label: ferien });
  const weekday = isoWeekday(isoDate);
  if (weekday >= 6) warnings.push({ kind: 'wochenende', label: weekday === 6 ? 'Samstag' : 'Sonntag' });
  return warnings;
}
