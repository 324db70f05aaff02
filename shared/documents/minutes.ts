import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate, formatDateLong } from '../domain/dates';
import { countedList } from '../directory/wording';
import { meetingTitle } from '../domain/meeting-number';
import { formatFingerprint } from '../domain/minutes-fingerprint';
import { objectionDeadline } from '../domain/status-cycle';
import { formatVote, voteOf } from '../domain/votes';
import type { Participant, Result } from '../schemas';
import { bodyGenitive } from './body-phrases';
import { compose, type BuiltDocument } from './compose';
import { keepWithNext } from './keep-together';
import { MISSING, OUTCOME_LABEL, personNameById, resultHeading } from './labels';
import {
  chairName,
  enclosures,
  meetingOfBody,
  meetingPlace,
  noItemsNotice,
  taskTable,
  timeRange,
} from './meeting-parts';
import type { AgendaEntry, MeetingDocumentData } from './model';
import { mm } from './page';
import { richTextBlocks } from './rich-text';
import { INK } from './styles';
import { PLAIN } from './table-layouts';
import { factsTable, framed } from './tables';
import { Warnings } from './warnings';

const MINUTES_KIND_LABEL = { ergebnisprotokoll: 'Ergebnisprotokoll', verlaufsprotokoll: 'Verlaufsprotokoll' } as const;

const isApproved = (data: MeetingDocumentData): boolean => data.minutes?.status === 'genehmigt';

/** The approval note, or the draft's state. */
function statusText(data: MeetingDocumentData): string {
  const { minutes, body } = data;
  if (!minutes) return 'Entwurf – noch nicht versandt';
  if (minutes.status === 'genehmigt') {
    const on = minutes.approvedOn ? formatDate(minutes.approvedOn) : MISSING;
    if (minutes.deemedApproved) return `Gilt als genehmigt seit dem ${on} (Einspruchsfrist ohne Einwände abgelaufen)`;
    const where = data.approvedInMeeting
      ? ` in der ${meetingTitle(data.approvedInMeeting.number, data.approvedInMeeting.year)} ${bodyGenitive(body)}`
      : '';
    return `Genehmigt am ${on}${where}`;
  }
  const parts = ['Entwurf – noch nicht genehmigt'];
  if (minutes.sentOn) parts.push(`versandt am ${formatDate(minutes.sentOn)}`);
  if (minutes.sentOn && body.approvalRule === 'fristablauf' && body.objectionDays) {
    parts.push(`Einwände bis ${formatDate(objectionDeadline(minutes.sentOn, body.objectionDays))}`);
  }
  if (minutes.status === 'einwaende') parts.push('Einwände liegen vor');
  return parts.join(' · ');
}

function headerFacts(data: MeetingDocumentData, warnings: Warnings): Content {
  const { meeting, body, directory, minutes } = data;
  const minuteTaker = personNameById(directory, meeting.minuteTakerPersonId);
  const chair = chairName(data);
  if (!chair) warnings.add('Für die Sitzung ist keine Sitzungsleitung eingetragen.');
  if (!minuteTaker) warnings.add('Für die Sitzung ist keine Protokollführung eingetragen.');
  const facts: [string, Content][] = [
    ['Gremium', body.name],
    ['Sitzung', [meetingTitle(meeting.number, meeting.year), meeting.theme].filter(Boolean).join(' – ')],
    ['Datum', formatDateLong(meeting.date)],
    // Actual times only as a pair: a meeting begun but not ended would otherwise read "16:22–16:00".
    [
      'Beginn – Ende',
      meeting.actualStart && meeting.actualEnd
        ? timeRange(meeting.actualStart, meeting.actualEnd)
        : timeRange(meeting.startTime, meeting.endTime),
    ],
    ['Ort', meetingPlace(meeting, warnings)],
    ['Sitzungsleitung', chair ?? MISSING],
    ['Protokoll', minuteTaker ?? MISSING],
    ['Status', { text: statusText(data), bold: true }],
  ];
  if (minutes?.status === 'genehmigt' && minutes.fingerprint) {
    facts.push(['Prüfsumme', { text: `SHA-256 ${formatFingerprint(minutes.fingerprint)}`, fontSize: 8.5 }]);
  }
  return factsTable(facts, mm(34), { framed: true });
}

interface AttendanceGroup {
  label: string;
  includes: (p: Participant) => boolean;
}

const ATTENDANCE_GROUPS: AttendanceGroup[] = [
  { label: 'Anwesend – stimmberechtigt', includes: (p) => p.attendance === 'anwesend' && !p.isGuest && p.isVoting },
  { label: 'Anwesend – beratend', includes: (p) => p.attendance === 'anwesend' && !p.isGuest && !p.isVoting },
  { label: 'Vertreten', includes: (p) => p.attendance === 'vertreten' },
  { label: 'Entschuldigt', includes: (p) => p.attendance === 'entschuldigt' },
  { label: 'Unentschuldigt', includes: (p) => p.attendance === 'unentschuldigt' },
  { label: 'Gäste', includes: (p) => p.attendance === 'gast' || (p.isGuest && p.attendance === 'anwesend') },
  { label: 'Nicht erfasst', includes: (p) => p.attendance === 'offen' },
];

function attendeeDetails(p: Participant): string {
  const details = [p.organisationName || MISSING, p.roleLabel].filter(Boolean).join(' · ');
  return p.attendance === 'vertreten' && p.substituteName
    ? `${details} – vertreten durch ${p.substituteName}`
    : details;
}

function attendance(data: MeetingDocumentData, warnings: Warnings): Content {
  const participants = [...data.participants].sort((a, b) => a.position - b.position);
  const unrecorded = participants.filter((p) => p.attendance === 'offen').length;
  if (unrecorded > 0) {
    warnings.add(`Für ${countedList([[unrecorded, 'Person', 'Personen']])} ist die Anwesenheit noch nicht erfasst.`);
  }
  if (participants.length === 0) warnings.add('Für die Sitzung ist keine Teilnahme erfasst.');
  const rows: TableCell[][] = [];
  for (const group of ATTENDANCE_GROUPS) {
    const members = participants.filter(group.includes);
    members.forEach((p, i) => {
      // A little space between groups.
      const margin = [0, i === 0 && rows.length > 0 ? 5 : 0, 0, 0];
      const label =
        i === 0
          ? [
              { text: group.label, bold: true },
              {
                text: `\n${countedList([[members.length, 'Person', 'Personen']])}`,
                style: ['small', 'muted'],
              },
            ]
          : '';
      rows.push([
        { text: label, margin },
        { text: p.displayName, margin },
        { text: attendeeDetails(p), style: 'muted', margin },
      ] as TableCell[]);
    });
  }
  if (rows.length === 0) return { text: 'Keine Teilnahme erfasst.', italics: true };
  return { table: { dontBreakRows: true, widths: [mm(50), mm(40), '*'], body: rows }, layout: PLAIN } as Content;
}

function resultBlock(result: Result): Content {
  if (result.kind === 'kenntnisnahme') {
    return {
      text: [{ text: 'Kenntnisnahme', bold: true }, ...(result.text ? [`: ${result.text}`] : ['.'])],
      margin: [0, 2, 0, 6],
    };
  }
  const vote = formatVote(voteOf(result));
  const outcome = result.outcome ? OUTCOME_LABEL[result.outcome] : undefined;
  const voteLine = [vote && `Abstimmung: ${vote}`, outcome && `Ergebnis: ${outcome}`].filter(Boolean).join(' · ');
  return {
    stack: [
      { text: [resultHeading(result), result.addressee ? ` an ${result.addressee}` : ''].join(''), bold: true },
      framed({ text: result.text ?? '' }),
      ...(voteLine ? [{ text: voteLine, fontSize: 9.5 }] : []),
    ],
    unbreakable: (result.text ?? '').length < 1200,
    margin: [0, 4, 0, 8],
  };
}

/** One item: its heading, and its notes and results indented under the number. */
function itemParts(entry: AgendaEntry): { heading: Content[]; blocks: Content[] } {
  const heading: Content[] = [
    {
      columns: [
        { text: `TOP ${entry.number}`, width: mm(16) },
        { text: entry.item.title, width: '*' },
      ],
      columnGap: 4,
      style: 'h3',
      margin: [0, entry.depth === 0 ? 12 : 8, 0, 3],
    },
    ...(entry.presenter
      ? [{ text: `Berichterstattung: ${entry.presenter}`, style: ['small', 'muted'], margin: [mm(16) + 4, 0, 0, 4] }]
      : []),
  ] as Content[];
  const blocks = [...richTextBlocks(entry.item.notes), ...entry.results.map(resultBlock)];
  return { heading, blocks: blocks.map((block) => ({ stack: [block], margin: [mm(16) + 4, 0, 0, 0] }) as Content) };
}

/**
 * The items in order. A heading stays with the first block below it; an item without notes or
 * results (a parent of sub-items) stays with the next item's heading.
 */
function itemSections(agenda: AgendaEntry[], lead: Content): Content[] {
  const sections: Content[] = [];
  let carried: Content[] = [lead];
  agenda.forEach((entry, index) => {
    const { heading, blocks } = itemParts(entry);
    if (blocks.length === 0 && index < agenda.length - 1) {
      carried = [...carried, ...heading];
      return;
    }
    sections.push(...keepWithNext([...carried, ...heading], blocks));
    carried = [];
  });
  return sections;
}

function signatures(data: MeetingDocumentData): Content {
  const signer = (name: string | undefined, role: string): Content => ({
    stack: [
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: mm(70), y2: 0, lineWidth: 0.6, lineColor: INK.text }],
        margin: [0, mm(14), 0, 3],
      },
      { text: name ?? MISSING },
      { text: role, style: ['small', 'muted'] },
    ],
  });
  return {
    columns: [
      signer(chairName(data), 'Sitzungsleitung'),
      signer(personNameById(data.directory, data.meeting.minuteTakerPersonId), 'Protokollführung'),
    ],
    columnGap: mm(15),
    unbreakable: true,
    margin: [0, mm(6), 0, 0],
  };
}

function amendmentsSection(data: MeetingDocumentData): Content[] {
  if (data.amendments.length === 0) return [];
  return [
    { text: 'Berichtigungen', style: 'h2' },
    ...data.amendments.map((a): Content => ({
      stack: [
        { text: `Berichtigung vom ${formatDate(a.date)}`, bold: true },
        { text: [{ text: 'Grund: ', italics: true }, a.reason], margin: [0, 1, 0, 2] },
        { text: a.text },
      ],
      margin: [0, 0, 0, 8],
    })),
  ];
}

/** Protokoll/Niederschrift: header, attendance, every item with notes and results, tasks, signatures. */
export function buildMinutes(data: MeetingDocumentData): BuiltDocument {
  const warnings = new Warnings();
  const { meeting, body, directory } = data;
  const subject = meetingOfBody(meeting, body);
  const agendaHeading: Content = { text: 'Tagesordnung und Ergebnisse', style: 'h2', margin: [0, 16, 0, 0] };
  if (!data.minutes) warnings.add('Zu dieser Sitzung ist noch kein Protokoll angelegt; gedruckt wird ein Entwurf.');
  const numbers = new Map(data.agenda.map((e) => [e.item.id, e.number]));
  const tasks = [...data.tasks].sort(
    (a, b) =>
      (numbers.get(a.agendaItemId ?? '') ?? '').localeCompare(numbers.get(b.agendaItemId ?? '') ?? '', 'de', {
        numeric: true,
      }) || a.position - b.position,
  );
  return compose(
    data.context,
    {
      kind: 'protokoll',
      title: `Protokoll der ${subject}`,
      subject: `${body.name}, Sitzung am ${formatDate(meeting.date)}`,
      keywords: [body.name, String(meeting.year), isApproved(data) ? 'genehmigt' : 'Entwurf'],
      runningTitle: `Protokoll · ${subject} · ${formatDate(meeting.date)}`,
      draft: !isApproved(data),
      firstPage: 'report',
      heading: { title: 'Protokoll', subtitle: `${MINUTES_KIND_LABEL[body.minutesKind]} der ${subject}` },
      content: () => [
        headerFacts(data, warnings),
        ...keepWithNext([{ text: 'Anwesenheit', style: 'h2' }], [attendance(data, warnings)]),
        ...(data.agenda.length === 0
          ? [agendaHeading, noItemsNotice(warnings)]
          : itemSections(data.agenda, agendaHeading)),
        tasks.length > 0
          ? taskTable(tasks, directory, {
              caption: 'Aufgaben',
              lead: { header: 'TOP', width: mm(10), cell: (t) => numbers.get(t.agendaItemId ?? '') ?? '' },
            })
          : { text: 'Es wurden keine Aufgaben vereinbart.', italics: true, margin: [0, 12, 0, 0] },
        signatures(data),
        ...enclosures(data.attachments, body),
        ...amendmentsSection(data),
      ],
    },
    warnings,
  );
}
