import { de } from '../i18n/de';
import type { AgendaItemKind, MeasureStatus, MinutesStatus, TaskStatus } from '../schemas';
import { outlineOf } from './agenda-moves';
import type { OrderedItem } from './agenda-numbering';
import { formatDate } from './dates';

/** Titles of the items a new meeting's agenda is offered automatically. */
export const MINUTES_APPROVAL_PREFIX = 'Genehmigung des Protokolls';
export const PROGRESS_TITLE = 'Sachstand Handlungsfelder und offene Aufgaben';

/** Entries listed at most per kind in the progress item; the rest are counted. */
const MAX_LISTED = 40;

export type SuggestionKind = 'protokoll' | 'sachstand' | 'vertagt';

/** A proposed agenda item: either a change to an existing item or a new top-level item. */
export type AgendaSuggestion = {
  kind: SuggestionKind;
  item: { kind: AgendaItemKind; title: string; description?: string; plannedMinutes: number };
  /** Update this existing item (e.g. the template's generic approval item), or insert at `insertAt`. */
  target: { update: string } | { insertAt: number };
};

export type SuggestionItem = OrderedItem & { title: string; kind: AgendaItemKind; description?: string };

export type ChangedSince = {
  /** Date of the body's previous meeting, from which changes are listed. */
  since: string;
  measures: readonly { title: string; status: MeasureStatus }[];
  tasks: readonly { title: string; status: TaskStatus; dueDate: string }[];
};

/** An item an earlier meeting of the body deferred ("vertagt") and no later agenda took up. */
export type DeferredEntry = {
  title: string;
  kind: AgendaItemKind;
  description?: string;
  plannedMinutes: number;
  /** Date of the meeting that deferred it. */
  deferredOn: string;
};

export type SuggestionInput = {
  /** The agenda as it is (not deleted). */
  items: readonly SuggestionItem[];
  deferred?: readonly DeferredEntry[];
  /** The body's last meeting before this one that took place, with the status of its minutes (none yet: undefined). */
  previous?: { date: string; minutesStatus?: MinutesStatus };
  changes?: ChangedSince;
};

export const minutesApprovalTitle = (previousDate: string): string =>
  `${MINUTES_APPROVAL_PREFIX} der Sitzung vom ${formatDate(previousDate)}`;

function listed<T>(entries: readonly T[], line: (entry: T) => string): string[] {
  const lines = entries.slice(0, MAX_LISTED).map((entry) => `– ${line(entry)}`);
  const more = entries.length - MAX_LISTED;
  return more > 0 ? [...lines, `– … und ${more} weitere`] : lines;
}

/** The progress item's text: measures and tasks changed since the previous meeting. */
export function progressDescription({ since, measures, tasks }: ChangedSince): string {
  const parts = [`Seit der letzten Sitzung am ${formatDate(since)} geändert:`];
  if (measures.length > 0) {
    parts.push('', 'Maßnahmen', ...listed(measures, (m) => `${m.title} (${de.status.measure[m.status]})`));
  }
  if (tasks.length > 0) {
    parts.push(
      '',
      'Aufgaben',
      ...listed(tasks, (t) => `${t.title} (${de.status.task[t.status]}, fällig ${formatDate(t.dueDate)})`),
    );
  }
  return parts.join('\n');
}

/** Top-level index after the opening item ("Begrüßung …"), or 0 on an empty agenda. */
const afterOpening = (topLevel: readonly SuggestionItem[]): number => Math.min(1, topLevel.length);

/** Before a closing "Verschiedenes", otherwise at the end. */
const beforeClosing = (topLevel: readonly SuggestionItem[]): number =>
  topLevel.at(-1)?.kind === 'verschiedenes' ? topLevel.length - 1 : topLevel.length;

function approvalSuggestion(
  items: readonly SuggestionItem[],
  topLevel: readonly SuggestionItem[],
  previous: SuggestionInput['previous'],
): AgendaSuggestion | undefined {
  if (!previous || previous.minutesStatus === 'genehmigt') return undefined;
  const title = minutesApprovalTitle(previous.date);
  // Worded by hand ("Genehmigung des Protokolls vom 10.03.2026") counts as taken over too.
  const approval = (i: SuggestionItem) =>
    i.title.startsWith(MINUTES_APPROVAL_PREFIX) && i.title.includes(formatDate(previous.date));
  if (items.some(approval)) return undefined;
  const generic = items.find((i) => i.title.startsWith(MINUTES_APPROVAL_PREFIX));
  return {
    kind: 'protokoll',
    item: { kind: 'formalia', title, plannedMinutes: 5 },
    target: generic ? { update: generic.id } : { insertAt: afterOpening(topLevel) },
  };
}

function progressSuggestion(
  items: readonly SuggestionItem[],
  topLevel: readonly SuggestionItem[],
  changes: ChangedSince | undefined,
): AgendaSuggestion | undefined {
  if (!changes || changes.measures.length + changes.tasks.length === 0) return undefined;
  const description = progressDescription(changes);
  const existing = items.find((i) => i.title === PROGRESS_TITLE);
  if (existing?.description === description) return undefined;
  return {
    kind: 'sachstand',
    item: { kind: 'beratung', title: PROGRESS_TITLE, description, plannedMinutes: 20 },
    target: existing ? { update: existing.id } : { insertAt: beforeClosing(topLevel) },
  };
}

const sameTitle = (a: string, b: string): boolean =>
  a.trim().localeCompare(b.trim(), 'de', { sensitivity: 'base' }) === 0;

function deferredSuggestions(
  items: readonly SuggestionItem[],
  topLevel: readonly SuggestionItem[],
  deferred: readonly DeferredEntry[],
): AgendaSuggestion[] {
  return deferred
    .filter((entry) => !items.some((i) => sameTitle(i.title, entry.title)))
    .map(({ title, kind, description, plannedMinutes, deferredOn }) => ({
      kind: 'vertagt' as const,
      item: {
        kind,
        title,
        description: [`Vertagt in der Sitzung vom ${formatDate(deferredOn)}.`, description].filter(Boolean).join('\n'),
        plannedMinutes,
      },
      target: { insertAt: beforeClosing(topLevel) },
    }));
}

/**
 * What a new meeting's agenda is offered: approval of the previous minutes while they are not
 * approved, the progress report listing what changed since the previous meeting, and the items
 * earlier meetings deferred. A suggestion disappears once the agenda contains it.
 */
export function agendaSuggestions({ items, previous, changes, deferred = [] }: SuggestionInput): AgendaSuggestion[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const topLevel = outlineOf(items)
    .filter((e) => e.parentId === undefined)
    .map((e) => byId.get(e.id)!);
  return [
    ...[approvalSuggestion(items, topLevel, previous), progressSuggestion(items, topLevel, changes)].filter(
      (s): s is AgendaSuggestion => s !== undefined,
    ),
    ...deferredSuggestions(items, topLevel, deferred),
  ];
}
