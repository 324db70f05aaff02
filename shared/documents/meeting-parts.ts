import type { Content } from 'pdfmake/interfaces';
import { formatDate, formatDateLong } from '../domain/dates';
import { meetingTitle } from '../domain/meeting-number';
import { vorlageLabel } from '../domain/numbering';
import type { Body, Meeting, Task } from '../schemas';
import { bodyGenitive } from './body-phrases';
import { MISSING, personNameById, taskOwner } from './labels';
import type { AttachmentInfo, Directory, MeetingDocumentData } from './model';
import { mm } from './page';
import { dataTable, factsTable } from './tables';
import type { Warnings } from './warnings';

/** "1. Sitzung 2025 des Lenkungskreises" */
export const meetingOfBody = (meeting: Meeting, body: Body): string =>
  `${meetingTitle(meeting.number, meeting.year)} ${bodyGenitive(body)}`;

/** "14:00–16:00 Uhr" */
export const timeRange = (start: string, end: string): string => `${start}–${end} Uhr`;

export function meetingPlace(meeting: Meeting, warnings: Warnings): string {
  if (meeting.location) return meeting.location;
  warnings.add('Für die Sitzung ist kein Ort eingetragen.');
  return 'Ort wird noch bekannt gegeben';
}

/** Date, time and place (and more, e.g. the chair) as label/value lines. */
export function meetingFacts(
  data: MeetingDocumentData,
  warnings: Warnings,
  options: { extra?: [string, string][]; labelWidth?: number; margin?: [number, number, number, number] } = {},
): Content {
  const { meeting } = data;
  return factsTable(
    [
      ['Datum', formatDateLong(meeting.date)],
      ['Uhrzeit', timeRange(meeting.startTime, meeting.endTime)],
      ['Ort', meetingPlace(meeting, warnings)],
      ...(options.extra ?? []),
    ],
    options.labelWidth ?? mm(32),
    { margin: options.margin ?? [0, 0, 0, mm(5)] },
  );
}

export const chairName = (data: MeetingDocumentData): string | undefined =>
  personNameById(data.directory, data.meeting.chairPersonId);

/** "Vorlage LK-01/2025" for a numbered paper, otherwise its label, title or file name. */
export function attachmentReference(attachment: AttachmentInfo, body: Body): string {
  if (attachment.label) return attachment.label;
  if (attachment.kind === 'vorlage' && attachment.sequence !== undefined && attachment.year !== undefined) {
    return vorlageLabel(body.code, attachment.sequence, attachment.year);
  }
  return attachment.title ?? attachment.fileName;
}

/** "Vorlage LK-01/2025 – Jahresplanung 2025" */
export function attachmentLine(attachment: AttachmentInfo, body: Body): string {
  const reference = attachmentReference(attachment, body);
  return attachment.title && attachment.title !== reference ? `${reference} – ${attachment.title}` : reference;
}

/** Papers of the meeting (not the logo), in order of their numbers. */
export const meetingPapers = (attachments: readonly AttachmentInfo[]): AttachmentInfo[] =>
  attachments
    .filter((a) => a.kind !== 'logo')
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.sequence ?? 0) - (b.sequence ?? 0));

/** "Anlagen" with one line per paper; nothing when there are none. */
export function enclosures(attachments: readonly AttachmentInfo[], body: Body): Content[] {
  const papers = meetingPapers(attachments);
  if (papers.length === 0) return [];
  return [
    {
      stack: [
        { text: papers.length === 1 ? 'Anlage' : 'Anlagen', style: 'label', margin: [0, 0, 0, 2] },
        { ul: papers.map((paper) => attachmentLine(paper, body)) },
      ],
      unbreakable: papers.length <= 12,
      margin: [0, 12, 0, 0],
    },
  ];
}

/** In place of the agenda when a meeting has no items yet. */
export function noItemsNotice(warnings: Warnings): Content {
  warnings.add('Die Sitzung hat noch keine Tagesordnungspunkte.');
  return { text: 'Keine Tagesordnungspunkte.', italics: true, margin: [0, 4, 0, 8] };
}

/** "30.04.2025", marked "überfällig" when the date has passed (for lists of open tasks). */
export const dueText = (task: Task, today: string): Content =>
  task.dueDate < today
    ? { text: [formatDate(task.dueDate), { text: '\nüberfällig', bold: true }] }
    : formatDate(task.dueDate);

/** Was · Wer · Bis wann, optionally with a first column (TOP, origin). */
export function taskTable(
  tasks: readonly Task[],
  directory: Directory,
  options: {
    caption?: string;
    /** Marks open tasks past their date; pass only for lists of open tasks. */
    today?: string;
    /** A first column, e.g. the TOP number or where the task comes from. */
    lead?: { header: string; width: number; cell: (task: Task) => string };
  } = {},
): Content {
  const { lead, today } = options;
  return dataTable(
    [
      ...(lead ? [{ header: lead.header, width: lead.width }] : []),
      { header: 'Was', width: '*' },
      { header: 'Wer', width: mm(40) },
      { header: 'Bis wann', width: mm(20) },
    ],
    tasks.map((task) => [
      ...(lead ? [lead.cell(task) || MISSING] : []),
      task.description ? { text: [task.title, { text: `\n${task.description}`, style: 'muted' }] } : task.title,
      taskOwner(directory, task),
      today ? dueText(task, today) : formatDate(task.dueDate),
    ]),
    options.caption ? { caption: options.caption } : {},
  );
}
