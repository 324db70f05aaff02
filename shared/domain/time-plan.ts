import { numberAgendaItems, type OrderedItem } from './agenda-numbering';

export interface TimePlanItem extends OrderedItem {
  plannedMinutes: number;
}

export interface TimePlanEntry<T extends TimePlanItem> {
  item: T;
  number: string;
  depth: 0 | 1;
  /** Wall-clock start `HH:mm`. */
  start: string;
  /** End of the item including its sub-items, `HH:mm`. */
  end: string;
  /** Minutes of the item including its sub-items. */
  totalMinutes: number;
}

export interface TimePlan<T extends TimePlanItem> {
  entries: TimePlanEntry<T>[];
  plannedMinutes: number;
  plannedEnd: string;
  /** Minutes the plan runs past the meeting's end (0 when it fits). */
  overrunMinutes: number;
}

const MINUTES_PER_DAY = 24 * 60;

/** `"14:05"` → 845 minutes after midnight. */
export function parseClockTime(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`Ungültige Uhrzeit: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 845 → `"14:05"`; wraps past midnight. */
export function formatClockTime(minutes: number): string {
  const wrapped = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/**
 * The time plan of an agenda: items run one after another from the meeting's start. An item with
 * sub-items spends its own planned minutes first (introduction), then its sub-items in order; its
 * end is the end of its last sub-item.
 */
export function computeTimePlan<T extends TimePlanItem>(
  items: readonly T[],
  meetingStart: string,
  meetingEnd?: string,
): TimePlan<T> {
  const numbered = numberAgendaItems(items);
  const startOf = parseClockTime(meetingStart);
  const starts: number[] = [];
  let clock = startOf;
  for (const { item } of numbered) {
    starts.push(clock);
    clock += item.plannedMinutes;
  }
  // A top-level item lasts until the next top-level item starts (its sub-items lie in between).
  const ends: number[] = [];
  let nextTopLevelStart = clock;
  for (let i = numbered.length - 1; i >= 0; i--) {
    const { item, depth } = numbered[i]!;
    ends[i] = depth === 1 ? starts[i]! + item.plannedMinutes : nextTopLevelStart;
    if (depth === 0) nextTopLevelStart = starts[i]!;
  }
  const entries = numbered.map(({ item, number, depth }, i): TimePlanEntry<T> => ({
    item,
    number,
    depth,
    start: formatClockTime(starts[i]!),
    end: formatClockTime(ends[i]!),
    totalMinutes: ends[i]! - starts[i]!,
  }));
  const plannedMinutes = clock - startOf;
  const endOf = meetingEnd === undefined ? clock : parseClockTime(meetingEnd);
  return {
    entries,
    plannedMinutes,
    plannedEnd: formatClockTime(clock),
    overrunMinutes: Math.max(0, clock - endOf),
  };
}
