import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/de';

dayjs.extend(customParseFormat);
dayjs.locale('de');

/** ISO date (YYYY-MM-DD) of a local Date. */
export const toIsoDate = (date: Date): string => dayjs(date).format('YYYY-MM-DD');

export const addDays = (isoDate: string, days: number): string =>
  dayjs(isoDate, 'YYYY-MM-DD').add(days, 'day').format('YYYY-MM-DD');

export const daysBetween = (fromIso: string, toIso: string): number =>
  dayjs(toIso, 'YYYY-MM-DD').diff(dayjs(fromIso, 'YYYY-MM-DD'), 'day');

/** 18.02.2025 */
export const formatDate = (isoDate: string): string => dayjs(isoDate, 'YYYY-MM-DD').format('DD.MM.YYYY');

/** Dienstag, 18. Februar 2025 */
export const formatDateLong = (isoDate: string): string => dayjs(isoDate, 'YYYY-MM-DD').format('dddd, D. MMMM YYYY');

/** Parses `dd.MM.yyyy` as typed by German users; undefined if it is not a real date. */
export function parseGermanDate(text: string): string | undefined {
  const parsed = dayjs(text.trim(), ['DD.MM.YYYY', 'D.M.YYYY'], 'de', true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : undefined;
}
