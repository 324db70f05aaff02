import type { TableCell } from 'pdfmake/interfaces';
import { formatDate } from '../domain/dates';
import type { Participant } from '../schemas';
import { compose, type BuiltDocument } from './compose';
import { MISSING } from './labels';
import { meetingFacts, meetingOfBody } from './meeting-parts';
import type { MeetingDocumentData } from './model';
import { mm } from './page';
import { dataTable, type Column } from './tables';
import { Warnings } from './warnings';

/** Rows left empty for guests who were not invited by name. */
export const BLANK_GUEST_ROWS = 5;
const SIGNATURE_ROW_HEIGHT = mm(9);

const COLUMNS: Column[] = [
  { header: 'Nr.', width: mm(7) },
  { header: 'Name, Organisation', width: '*' },
  { header: 'Sitz / in Vertretung für', width: mm(44) },
  { header: 'Unterschrift', width: mm(44) },
];

const isRepresented = (p: Participant): boolean => p.reply === 'vertreten' || p.attendance === 'vertreten';

function nameCell(p: Participant): TableCell {
  const name = isRepresented(p) && p.substituteName ? p.substituteName : p.displayName;
  const organisation = isRepresented(p) && p.substituteName ? '' : p.organisationName || MISSING;
  return { stack: [{ text: name, bold: true }, ...(organisation ? [{ text: organisation, style: 'small' }] : [])] };
}

function seatCell(p: Participant): TableCell {
  const seat = [p.seat, p.roleLabel].filter(Boolean).join(' · ') || MISSING;
  if (!isRepresented(p)) return { text: seat, style: 'small' };
  const represented = [p.displayName, p.organisationName].filter(Boolean).join(', ');
  return {
    stack: [
      { text: `in Vertretung für ${represented}`, style: 'small', italics: true },
      { text: seat, style: 'small' },
    ],
  };
}

function signatureCell(p: Participant): TableCell {
  if (p.reply === 'abgesagt' || p.attendance === 'entschuldigt') {
    return { text: 'entschuldigt', style: ['small', 'muted'], italics: true };
  }
  return '';
}

const participantRow = (p: Participant, index: number): TableCell[] => [
  String(index + 1),
  nameCell(p),
  seatCell(p),
  signatureCell(p),
];

/** Anwesenheitsliste: everyone invited, to sign on arrival, and blank rows for guests. */
export function buildAttendanceSheet(data: MeetingDocumentData): BuiltDocument {
  const warnings = new Warnings();
  const { meeting, body } = data;
  const subject = meetingOfBody(meeting, body);
  const invited = data.participants.filter((p) => p.invited && !p.isGuest).sort((a, b) => a.position - b.position);
  const guests = data.participants.filter((p) => p.isGuest).sort((a, b) => a.position - b.position);
  if (invited.length === 0)
    warnings.add('Für die Sitzung ist noch niemand eingeladen; die Liste enthält nur leere Zeilen.');
  const memberRows = invited.map(participantRow);
  const guestRows = [
    ...guests.map((p, i) => participantRow(p, invited.length + i)),
    ...Array.from({ length: BLANK_GUEST_ROWS }, (_, i): TableCell[] => [
      String(invited.length + guests.length + i + 1),
      '',
      '',
      '',
    ]),
  ];
  const options = { layout: 'grid' as const, dontBreakRows: true, rowHeight: SIGNATURE_ROW_HEIGHT };
  return compose(
    data.context,
    {
      kind: 'anwesenheitsliste',
      title: `Anwesenheitsliste der ${subject}`,
      subject: `${body.name}, Sitzung am ${formatDate(meeting.date)}`,
      keywords: [body.name, String(meeting.year)],
      runningTitle: `Anwesenheitsliste · ${subject} · ${formatDate(meeting.date)}`,
      firstPage: 'report',
      heading: { title: 'Anwesenheitsliste', subtitle: `der ${subject}` },
      content: () => [
        meetingFacts(data, warnings),
        ...(memberRows.length > 0
          ? [dataTable(COLUMNS, memberRows, { ...options, caption: 'Mitglieder und Eingeladene' })]
          : []),
        // The few guest rows stay together on one page.
        {
          stack: [dataTable(COLUMNS, guestRows, { ...options, caption: 'Gäste' })],
          unbreakable: guestRows.length <= 15,
        },
      ],
    },
    warnings,
  );
}
