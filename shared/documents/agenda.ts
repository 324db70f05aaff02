import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate } from '../domain/dates';
import { compose, type BuiltDocument } from './compose';
import { AGENDA_KIND_LABEL, MISSING } from './labels';
import { attachmentReference, chairName, meetingFacts, meetingOfBody, noItemsNotice } from './meeting-parts';
import type { AgendaEntry, MeetingDocumentData } from './model';
import { mm } from './page';
import { dataTable } from './tables';
import { Warnings } from './warnings';

export interface AgendaOptions {
  /** The chair's copy: time plan, planned minutes, proposed resolutions and notes for the chair. */
  chairCopy?: boolean;
}

/** Title of the item, indented for sub-items, with its description and "(nichtöffentlich)". */
function subjectCell(entry: AgendaEntry, data: MeetingDocumentData, chairCopy: boolean): TableCell {
  const { item } = entry;
  const nonPublic = data.meeting.isPublic && !item.isPublic ? ' (nichtöffentlich)' : '';
  const lines: Content[] = [{ text: `${item.title}${nonPublic}`, bold: entry.depth === 0 }];
  if (item.description) lines.push({ text: item.description, style: 'muted', margin: [0, 2, 0, 0] });
  const papers = entry.attachments.filter((a) => a.kind !== 'logo').map((a) => attachmentReference(a, data.body));
  if (papers.length > 0) lines.push({ text: papers.join(', '), style: 'small', margin: [0, 2, 0, 0] });
  if (chairCopy) {
    lines.push({
      text: `${AGENDA_KIND_LABEL[item.kind]} · geplant ${item.plannedMinutes} Min.`,
      style: ['small', 'muted'],
      margin: [0, 2, 0, 0],
    });
    if (item.proposedResolution) {
      lines.push({
        stack: [
          { text: 'Beschlussvorschlag', bold: true, fontSize: 8.5 },
          { text: item.proposedResolution, italics: true },
        ],
        margin: [0, 4, 0, 0],
      });
    }
    if (item.chairNotes) {
      lines.push({
        stack: [{ text: 'Hinweise für die Sitzungsleitung', bold: true, fontSize: 8.5 }, { text: item.chairNotes }],
        margin: [0, 4, 0, 0],
      });
    }
  }
  return { stack: lines, margin: [entry.depth === 1 ? mm(4) : 0, 0, 0, 0] };
}

function agendaTable(data: MeetingDocumentData, chairCopy: boolean): Content {
  return dataTable(
    [
      ...(chairCopy ? [{ header: 'Zeit', width: mm(11) }] : []),
      { header: 'TOP', width: mm(9) },
      { header: 'Gegenstand', width: '*' },
      { header: 'Berichterstattung', width: mm(36) },
    ],
    data.agenda.map((entry) => [
      ...(chairCopy ? [{ text: entry.start, bold: entry.depth === 0 }] : []),
      { text: entry.number, bold: entry.depth === 0 },
      subjectCell(entry, data, chairCopy),
      entry.presenter ?? MISSING,
    ]),
  );
}

/** Planned end against the meeting's end: printed on the chair's copy, a warning if it overruns. */
function timePlanSummary(data: MeetingDocumentData, warnings: Warnings): Content {
  const { meeting } = data;
  if (data.overrunMinutes > 0) {
    warnings.add(
      `Der Zeitplan endet um ${data.plannedEnd} Uhr und überschreitet das Sitzungsende (${meeting.endTime} Uhr) um ${data.overrunMinutes} Minuten.`,
    );
  }
  return {
    text: [
      { text: 'Geplantes Ende: ', bold: true },
      `${data.plannedEnd} Uhr (Sitzungsende laut Einladung ${meeting.endTime} Uhr)`,
      ...(data.overrunMinutes > 0 ? [{ text: ` – ${data.overrunMinutes} Minuten über der Zeit`, bold: true }] : []),
    ],
    margin: [0, 8, 0, 0],
  };
}

/** Tagesordnung, plain or as the chair's copy. */
export function buildAgenda(data: MeetingDocumentData, options: AgendaOptions = {}): BuiltDocument {
  const chairCopy = options.chairCopy ?? false;
  const warnings = new Warnings();
  const subject = meetingOfBody(data.meeting, data.body);
  const kind = chairCopy ? 'tagesordnung-sitzungsleitung' : 'tagesordnung';
  const chair = chairName(data);
  return compose(
    data.context,
    {
      kind,
      title: `Tagesordnung der ${subject}`,
      subject: `${data.body.name}, Sitzung am ${formatDate(data.meeting.date)}`,
      keywords: [data.body.name, String(data.meeting.year)],
      runningTitle: `Tagesordnung · ${subject} · ${formatDate(data.meeting.date)}`,
      firstPage: 'report',
      heading: {
        title: chairCopy ? 'Tagesordnung – Exemplar der Sitzungsleitung' : 'Tagesordnung',
        subtitle: [`der ${subject}`, data.meeting.theme].filter(Boolean).join('\n'),
      },
      content: () => [
        meetingFacts(data, warnings, chair ? { extra: [['Sitzungsleitung', chair]] } : {}),
        data.agenda.length === 0 ? noItemsNotice(warnings) : agendaTable(data, chairCopy),
        ...(chairCopy && data.agenda.length > 0 ? [timePlanSummary(data, warnings)] : []),
      ],
    },
    warnings,
  );
}
