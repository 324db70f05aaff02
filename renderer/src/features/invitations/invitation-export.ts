import { invitationEml, type MailAttachment } from '../../../../shared/calendar/eml';
import { meetingToIcs } from '../../../../shared/calendar/ics';
import { invitationMail } from '../../../../shared/calendar/invitation-mail';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { numberAgendaItems } from '../../../../shared/domain/agenda-numbering';
import { fileNamePart } from '../../../../shared/documents/file-name';
import type { ResultOf } from '../../../../shared/ipc/contract';
import type { Body, Meeting, Network } from '../../../../shared/schemas';
import { agendaRepo, personRepo } from '../../db/repos';
import { platform } from '../../platform/api';
import { produceDocumentLazily } from '../documents/produce-lazily';
import { loadInvitation } from './invitation-data';

type MeetingContext = { meeting: Meeting; body: Body; network: Network };

/** `2026-03-10_Lenkungskreis_Sitzung.ics` */
const exportName = ({ meeting, body }: MeetingContext, label: string, extension: string): string =>
  `${meeting.date}_${fileNamePart(body.name) || 'Gremium'}_${label}.${extension}`;

const utf8 = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

async function numberedAgenda(meetingId: string) {
  return numberAgendaItems(await agendaRepo.forMeeting(meetingId)).map(({ item, number }) => ({
    number,
    title: item.title,
  }));
}

/** The meeting as a calendar entry (.ics, Europe/Berlin) for Outlook and other calendars. */
export async function exportIcs(context: MeetingContext): Promise<ResultOf<'saveFile'>> {
  const ics = meetingToIcs({ ...context, agenda: await numberedAgenda(context.meeting.id), stamp: new Date() });
  return platform.saveFile({
    suggestedName: exportName(context, 'Sitzung', 'ics'),
    data: utf8(ics),
    filters: [{ name: 'iCalendar', extensions: ['ics'] }],
  });
}

/** The invitation letter as PDF, made by the documents feature (loaded on first use). */
async function invitationPdf(meetingId: string, today: string): Promise<MailAttachment> {
  const { fileName, pdf } = await produceDocumentLazily({ kind: 'einladung', meetingId }, today);
  return { fileName, mimeType: 'application/pdf', data: pdf };
}

export interface EmlExport {
  result: ResultOf<'saveFile'>;
  recipients: number;
  /** Invitees left out for lack of an e-mail address. */
  withoutEmail: number;
}

/**
 * An e-mail draft (.eml) to every invitee with an e-mail address (in Bcc), with subject, text and
 * the invitation letter as PDF; the mail program opens it ready to send.
 */
export async function exportEml(context: MeetingContext, today: string): Promise<EmlExport> {
  const { meeting, body } = context;
  const { rows } = await loadInvitation(meeting);
  const to = rows.flatMap((r) => (r.email ? [{ name: r.participant.displayName, email: r.email }] : []));
  const chair = meeting.chairPersonId ? await personRepo.get(meeting.chairPersonId) : undefined;
  const { subject, text } = invitationMail({
    meeting,
    body,
    agenda: await numberedAgenda(meeting.id),
    signature: chair ? personDisplayName(chair) : context.network.name,
    withLetter: true,
  });
  const eml = invitationEml({
    to,
    subject,
    text,
    attachments: [await invitationPdf(meeting.id, today)],
    date: new Date(),
  });
  const result = await platform.saveFile({
    suggestedName: exportName(context, 'Einladung', 'eml'),
    data: utf8(eml),
    filters: [{ name: 'E-Mail', extensions: ['eml'] }],
  });
  return { result, recipients: to.length, withoutEmail: rows.length - to.length };
}
