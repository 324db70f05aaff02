import { IsoDate } from '../schemas/common';
import { addDays, daysBetween, formatDate } from './dates';
import { invitationDeadline, invitationDeadlineState, type DeadlineState } from './deadline';
import { dateWarnings, isoWeekday, schoolHolidaysKnown, type DateWarning } from './holidays';
import { meetingTitle } from './meeting-number';
import { nextSequence } from './numbering';

/** One chosen date: either planned (with number and deadline) or refused with a German reason. */
export type PlannedDate =
  | {
      ok: true;
      date: string;
      /** "2. Sitzung 2026" */
      number: number;
      title: string;
      invitationDeadline: string;
      /** Where the invitation deadline stands today (e.g. already `ueberschritten`). */
      deadlineState: DeadlineState;
      warnings: DateWarning[];
      /** False when the school-holiday data does not reach this date: no warning means "unknown". */
      schoolHolidaysKnown: boolean;
    }
  | { ok: false; date: string; problem: string };

export type YearPlanInput = {
  body: { noticeDays: number };
  year: number;
  /** Chosen dates, ISO, any order. */
  dates: readonly string[];
  /** The body's meetings already in that year (not deleted), cancelled ones too: numbers are never reused. */
  existing: readonly { date: string; number: number }[];
  today: string;
};

function problemOf(date: string, year: number, seen: ReadonlySet<string>, existing: YearPlanInput['existing']) {
  if (!IsoDate.safeParse(date).success) return 'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).';
  if (Number(date.slice(0, 4)) !== year) return `Der ${formatDate(date)} liegt nicht im Jahr ${year}.`;
  if (seen.has(date)) return `Der ${formatDate(date)} ist doppelt ausgewählt.`;
  const clash = existing.find((m) => m.date === date);
  if (clash) return `Am ${formatDate(date)} ist bereits die ${meetingTitle(clash.number, year)} geplant.`;
  return undefined;
}

/**
 * A body's dates for a year, in date order: numbers continuing after the meetings already in
 * that year, the invitation deadline (date − Ladungsfrist) and holiday/weekend warnings of each.
 */
export function planYear({ body, year, dates, existing, today }: YearPlanInput): PlannedDate[] {
  const seen = new Set<string>();
  let next = nextSequence(existing.map((m) => m.number));
  return [...dates].sort().map((date): PlannedDate => {
    const problem = problemOf(date, year, seen, existing);
    seen.add(date);
    if (problem) return { ok: false, date, problem };
    const number = next++;
    const deadline = invitationDeadline(date, body.noticeDays);
    return {
      ok: true,
      date,
      number,
      title: meetingTitle(number, year),
      invitationDeadline: deadline,
      deadlineState: invitationDeadlineState(today, deadline),
      warnings: dateWarnings(date),
      schoolHolidaysKnown: schoolHolidaysKnown(date),
    };
  });
}

/**
 * Proposes `count` dates on one weekday (1 = Montag … 7 = Sonntag), spread evenly over the rest of
 * the year from `notBefore`, each moved by up to a few weeks to avoid holidays and school holidays.
 * Where no free date is near, the plain date is proposed; planYear then shows its warnings.
 */
export function suggestDates({
  year,
  count,
  weekday,
  notBefore = `${year}-01-01`,
}: {
  year: number;
  count: number;
  weekday: number;
  notBefore?: string;
}): string[] {
  const first = notBefore > `${year}-01-01` ? notBefore : `${year}-01-01`;
  const last = `${year}-12-31`;
  const span = daysBetween(first, last) + 1;
  if (count < 1 || span < 1) return [];
  const segment = span / count;
  const maxShiftWeeks = Math.max(1, Math.floor(segment / 14));
  const chosen: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = addDays(first, Math.floor((i + 0.5) * segment));
    let offset = (weekday - isoWeekday(target) + 7) % 7;
    if (offset > 3) offset -= 7;
    const base = addDays(target, offset);
    const candidates = [base];
    for (let w = 1; w <= maxShiftWeeks; w++) candidates.push(addDays(base, 7 * w), addDays(base, -7 * w));
    const usable = candidates.filter((d) => first <= d && d <= last && !chosen.includes(d));
    const pick = usable.find((d) => dateWarnings(d).length === 0) ?? usable[0];
    if (pick) chosen.push(pick);
  }
  return chosen.sort();
}
