import type { Content, TableCell } from 'pdfmake/interfaces';
import { countedList } from '../directory/wording';
import { numberAgendaItems } from '../domain/agenda-numbering';
import { formatDate } from '../domain/dates';
import type { AgendaItem, Result, Task } from '../schemas';
import { compose, type BuiltDocument } from './compose';
import { FOLLOW_UP_LABEL, MISSING, TASK_STATUS_LABEL, resultHeading, taskOwner } from './labels';
import { dueText } from './meeting-parts';
import type { TaskOverviewData } from './model';
import { mm } from './page';
import { dataTable } from './tables';
import { Warnings } from './warnings';

interface Group {
  key: string;
  heading: string;
  order: number;
  tasks: Task[];
  results: Result[];
}

const WITHOUT = '~';

/** TOP numbers of all agenda items, numbered per meeting. */
function topNumbers(data: TaskOverviewData): Map<string, string> {
  const byMeeting = new Map<string, AgendaItem[]>();
  for (const item of data.agendaItems.values()) {
    const items = byMeeting.get(item.meetingId);
    if (items) items.push(item);
    else byMeeting.set(item.meetingId, [item]);
  }
  return new Map(
    [...byMeeting.values()].flatMap((items) => numberAgendaItems(items).map((n) => [n.item.id, n.number] as const)),
  );
}

/** Where a task or result comes from: "LK 1/2025 vom 18.02.2025, TOP 4", or its measure. */
type Origin = (entry: { meetingId?: string; agendaItemId?: string; measureId?: string }) => string;

function originOf(data: TaskOverviewData): Origin {
  const numbers = topNumbers(data);
  return ({ meetingId, agendaItemId, measureId }) => {
    const meeting = meetingId ? data.meetings.get(meetingId) : undefined;
    if (!meeting) {
      const measure = measureId ? data.measures.get(measureId) : undefined;
      return measure ? `Maßnahme „${measure.title}“` : MISSING;
    }
    const code = data.directory.bodies.get(meeting.bodyId)?.code;
    const top = agendaItemId ? numbers.get(agendaItemId) : undefined;
    return `${code ? `${code} ` : ''}${meeting.number}/${meeting.year} vom ${formatDate(meeting.date)}${top ? `, TOP ${top}` : ''}`;
  };
}

function groupKeys(
  data: TaskOverviewData,
  entry: { meetingId?: string; agendaItemId?: string },
  task?: Task,
): string[] {
  if (data.groupBy === 'body') {
    const meeting = entry.meetingId ? data.meetings.get(entry.meetingId) : undefined;
    return [meeting?.bodyId ?? task?.ownerBodyId ?? WITHOUT];
  }
  const direct =
    task?.actionFieldId ?? (task?.measureId ? data.measures.get(task.measureId)?.actionFieldId : undefined);
  if (direct) return [direct];
  const linked = entry.agendaItemId ? data.agendaItemActionFields.get(entry.agendaItemId) : undefined;
  return linked && linked.length > 0 ? [...linked] : [WITHOUT];
}

function groupHeading(data: TaskOverviewData, key: string): { heading: string; order: number } {
  if (data.groupBy === 'body') {
    if (key === WITHOUT) return { heading: 'Ohne Gremium', order: Number.MAX_SAFE_INTEGER };
    const body = data.directory.bodies.get(key);
    const order = ['lenkungskreis', 'bildungskonferenz', 'bildungsbuero', 'arbeitskreis'].indexOf(body?.kind ?? '');
    return { heading: body?.name ?? MISSING, order };
  }
  if (key === WITHOUT) return { heading: 'Ohne Handlungsfeld', order: Number.MAX_SAFE_INTEGER };
  const index = data.actionFields.findIndex((f) => f.id === key);
  const field = data.actionFields[index];
  return { heading: field ? `${index + 1}. ${field.title}` : MISSING, order: index };
}

function groups(data: TaskOverviewData): Group[] {
  const byKey = new Map<string, Group>();
  const groupOf = (key: string): Group => {
    let group = byKey.get(key);
    if (!group) {
      group = { key, ...groupHeading(data, key), tasks: [], results: [] };
      byKey.set(key, group);
    }
    return group;
  };
  for (const task of data.tasks) for (const key of groupKeys(data, task, task)) groupOf(key).tasks.push(task);
  for (const result of data.results) for (const key of groupKeys(data, result)) groupOf(key).results.push(result);
  return [...byKey.values()].sort((a, b) => a.order - b.order || a.heading.localeCompare(b.heading, 'de'));
}

/** The group's heading goes into the caption of its first table, so it never stands alone. */
const caption = (title: string, groupHeading?: string): string | Content[] =>
  groupHeading ? [{ text: groupHeading, style: 'h2', margin: [0, 6, 0, 4] }, title] : title;

function resultsTable(data: TaskOverviewData, origin: Origin, results: Result[], groupHeading?: string): Content {
  const sorted = [...results].sort((a, b) => (a.label ?? '').localeCompare(b.label ?? '', 'de', { numeric: true }));
  return dataTable(
    [
      { header: 'Beschluss / Empfehlung', width: '*' },
      { header: 'Herkunft', width: mm(30) },
      { header: 'Umsetzung', width: mm(21) },
    ],
    sorted.map((r): TableCell[] => [
      {
        stack: [
          { text: [resultHeading(r), r.addressee ? ` an ${r.addressee}` : ''].join(''), bold: true },
          { text: r.text ?? '' },
        ],
      },
      { text: origin(r), style: 'small' },
      FOLLOW_UP_LABEL[r.followUpStatus],
    ]),
    { caption: caption('Beschlüsse und Empfehlungen', groupHeading) },
  );
}

function tasksTable(data: TaskOverviewData, origin: Origin, tasks: Task[], groupHeading?: string): Content {
  const sorted = [...tasks].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.position - b.position);
  const today = data.context.issuedOn;
  return dataTable(
    [
      { header: 'Was', width: '*' },
      { header: 'Wer', width: mm(30) },
      { header: 'Bis wann', width: mm(18) },
      { header: 'Status', width: mm(15) },
      { header: 'Herkunft', width: mm(34) },
    ],
    sorted.map((t): TableCell[] => [
      t.title,
      taskOwner(data.directory, t),
      dueText(t, today),
      TASK_STATUS_LABEL[t.status],
      { text: origin(t), style: 'small' },
    ]),
    { caption: caption('Offene Aufgaben', groupHeading) },
  );
}

/** How the overview is grouped, as printed and in its file name. */
export const TASK_OVERVIEW_GROUPING: Readonly<Record<TaskOverviewData['groupBy'], string>> = {
  body: 'nach Gremien',
  actionField: 'nach Handlungsfeldern',
};

/** Aufgaben- und Beschlussübersicht: open tasks and resolutions/recommendations, by body or action field. */
export function buildTaskOverview(data: TaskOverviewData): BuiltDocument {
  const warnings = new Warnings();
  const by = TASK_OVERVIEW_GROUPING[data.groupBy];
  const all = groups(data);
  const origin = originOf(data);
  const overdue = data.tasks.filter((t) => t.dueDate < data.context.issuedOn).length;
  return compose(
    data.context,
    {
      kind: 'aufgabenuebersicht',
      title: `Aufgaben- und Beschlussübersicht, Stand ${formatDate(data.context.issuedOn)}`,
      subject: `Offene Aufgaben, Beschlüsse und Empfehlungen ${by}`,
      keywords: ['Aufgaben', 'Beschlüsse', 'Empfehlungen'],
      runningTitle: `Aufgaben- und Beschlussübersicht · Stand ${formatDate(data.context.issuedOn)}`,
      firstPage: 'report',
      heading: {
        title: 'Aufgaben- und Beschlussübersicht',
        subtitle: [
          `Stand ${formatDate(data.context.issuedOn)}`,
          `${by} gegliedert`,
          `${countedList([[data.tasks.length, 'offene Aufgabe', 'offene Aufgaben']]) || 'keine offenen Aufgaben'}${overdue > 0 ? `, davon ${overdue} überfällig` : ''}`,
        ].join(' · '),
      },
      content: () =>
        all.length === 0
          ? [{ text: 'Keine offenen Aufgaben und keine Beschlüsse oder Empfehlungen.', italics: true }]
          : all.flatMap((group): Content[] => [
              ...(group.tasks.length > 0 ? [tasksTable(data, origin, group.tasks, group.heading)] : []),
              ...(group.results.length > 0
                ? [resultsTable(data, origin, group.results, group.tasks.length > 0 ? undefined : group.heading)]
                : []),
            ]),
    },
    warnings,
  );
}
