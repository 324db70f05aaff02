import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate } from '../domain/dates';
import type { Person } from '../schemas';
import { bodyGenitive } from './body-phrases';
import { compose, type BuiltDocument } from './compose';
import { MISSING, personName } from './labels';
import { logoContent, type Letterhead } from './letterhead';
import { enclosures, meetingFacts, meetingOfBody, meetingPapers, noItemsNotice } from './meeting-parts';
import type { MeetingDocumentData } from './model';
import { LETTER, PAGE, mm } from './page';
import { INK, TYPE } from './styles';
import { PLAIN } from './table-layouts';
import { Warnings } from './warnings';

/** First page of a DIN 5008 letter (form B): letterhead, return address, address field, information block. */
function letterFirstPage(letterhead: Letterhead, recipient: string[], date: string): Content[] {
  return [
    {
      absolutePosition: { x: PAGE.left, y: mm(14) },
      columns: [
        {
          width: '*',
          stack: [
            { text: letterhead.networkName, bold: true, fontSize: 13, lineHeight: 1.1 },
            ...(letterhead.addressLines[0]
              ? [{ text: letterhead.addressLines[0], style: 'letterhead', margin: [0, 2, 0, 0] }]
              : []),
          ],
        },
        ...(letterhead.logo ? [{ width: mm(55), stack: [logoContent(letterhead.logo, mm(55), mm(22))] }] : []),
      ],
      columnGap: mm(8),
    } as Content,
    {
      absolutePosition: { x: PAGE.left, y: LETTER.senderLineTop },
      table: {
        widths: [LETTER.addressWidth - 8],
        body: [[{ text: letterhead.senderLine, fontSize: 7, color: INK.muted }]],
      },
      layout: { ...PLAIN, hLineWidth: (i: number) => (i === 1 ? 0.4 : 0), hLineColor: () => INK.muted },
    } as Content,
    {
      absolutePosition: { x: PAGE.left, y: LETTER.recipientTop },
      stack: recipient.map((line) => ({ text: line })),
      width: LETTER.addressWidth,
    } as Content,
    {
      absolutePosition: { x: LETTER.infoLeft, y: LETTER.infoTop },
      stack: [
        ...letterhead.addressLines.slice(1).map((line) => ({ text: line })),
        ...(letterhead.contactLines.length > 0
          ? [{ text: ' ' }, ...letterhead.contactLines.map((line) => ({ text: line }))]
          : []),
        { text: ' ' },
        { text: [{ text: 'Datum: ', bold: true }, formatDate(date)], fontSize: TYPE.body, color: INK.text },
      ],
      fontSize: TYPE.small,
      color: INK.muted,
      width: LETTER.infoWidth,
    } as Content,
    // The text starts below the address field.
    { text: '', margin: [0, LETTER.bodyTop - PAGE.top, 0, 0] },
  ];
}

/** Fold marks at 105 and 210 mm and the hole-punch mark at 148.5 mm, on the first page. */
const foldMarks = (currentPage: number): Content =>
  currentPage === 1
    ? {
        canvas: [
          ...LETTER.foldMarks.map((y) => ({
            type: 'line' as const,
            x1: mm(4),
            y1: y,
            x2: mm(9),
            y2: y,
            lineWidth: 0.5,
            lineColor: INK.rule,
          })),
          {
            type: 'line' as const,
            x1: mm(4),
            y1: LETTER.punchMark,
            x2: mm(11),
            y2: LETTER.punchMark,
            lineWidth: 0.5,
            lineColor: INK.rule,
          },
        ],
      }
    : '';

function salutation(person: Person | undefined): string {
  if (!person) return 'Sehr geehrte Damen und Herren,';
  const name = [person.title, person.lastName].filter(Boolean).join(' ');
  if (person.salutation === 'frau') return `Sehr geehrte Frau ${name},`;
  if (person.salutation === 'herr') return `Sehr geehrter Herr ${name},`;
  return `Guten Tag ${personName(person)},`;
}

function agendaList(data: MeetingDocumentData, warnings: Warnings): Content {
  if (data.agenda.length === 0) return noItemsNotice(warnings);
  return {
    table: {
      widths: [mm(10), '*'],
      body: data.agenda.map((entry): TableCell[] => [
        { text: entry.number, bold: entry.depth === 0 },
        { text: entry.item.title, bold: entry.depth === 0, margin: [entry.depth === 1 ? mm(4) : 0, 0, 0, 0] },
      ]),
    },
    layout: { ...PLAIN, paddingTop: () => 0.5, paddingBottom: () => 0.5 },
    margin: [0, 0, 0, 8],
  } as Content;
}

/** Einladung: a DIN 5008 letter to the members (or one recipient) with the agenda. */
export function buildInvitation(data: MeetingDocumentData): BuiltDocument {
  const warnings = new Warnings();
  const { meeting, body, directory } = data;
  const subject = meetingOfBody(meeting, body);
  const date = meeting.invitationSentOn ?? data.context.issuedOn;
  const chair = meeting.chairPersonId ? directory.persons.get(meeting.chairPersonId) : undefined;
  if (!chair)
    warnings.add(
      'Für die Sitzung ist keine Sitzungsleitung eingetragen; die Einladung bleibt ohne Unterschriftsnamen.',
    );
  if (!meeting.replyBy)
    warnings.add('Es ist kein Rückmeldedatum eingetragen; die Einladung nennt keine Frist für Zu- oder Absagen.');
  const recipient = data.recipient?.addressLines ?? ['An die Mitglieder', bodyGenitive(body)];
  const papers = meetingPapers(data.attachments);

  return compose(
    data.context,
    {
      kind: 'einladung',
      title: `Einladung zur ${subject}`,
      subject: `Einladung: ${body.name}, Sitzung am ${formatDate(meeting.date)}`,
      keywords: [body.name, String(meeting.year), 'Einladung'],
      runningTitle: `Einladung zur ${subject} am ${formatDate(meeting.date)}`,
      firstPage: 'letter',
      background: foldMarks,
      content: (letterhead) => [
        ...letterFirstPage(letterhead, recipient, date),
        { text: `Einladung zur ${subject}`, bold: true, fontSize: TYPE.subtitle },
        ...(meeting.theme ? [{ text: meeting.theme, bold: true, fontSize: TYPE.subtitle }] : []),
        { text: salutation(data.recipient?.person), margin: [0, mm(8), 0, mm(4)] },
        { text: `hiermit ${chair ? 'lade ich' : 'laden wir'} Sie herzlich zur ${subject} ein.`, style: 'paragraph' },
        meetingFacts(data, warnings, { labelWidth: mm(22), margin: [0, 4, 0, 10] }),
        { text: 'Tagesordnung', bold: true, margin: [0, 0, 0, 4] },
        agendaList(data, warnings),
        ...(papers.length > 0
          ? [{ text: 'Die Unterlagen zu den Tagesordnungspunkten sind beigefügt.', style: 'paragraph' }]
          : []),
        ...(meeting.replyBy
          ? [
              {
                text: `Bitte teilen Sie uns bis zum ${formatDate(meeting.replyBy)} mit, ob Sie teilnehmen. Wenn Sie verhindert sind, nennen Sie uns bitte Ihre Vertretung.`,
                style: 'paragraph',
              },
            ]
          : []),
        {
          stack: [
            { text: 'Mit freundlichen Grüßen', margin: [0, 4, 0, mm(12)] },
            { text: chair ? personName(chair) : MISSING },
            ...(chair?.function ? [{ text: chair.function, style: 'muted' }] : []),
          ],
          unbreakable: true,
        },
        ...enclosures(data.attachments, body),
      ],
    },
    warnings,
  );
}
