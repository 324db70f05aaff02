import { formatDate, formatDateLong } from '../domain/dates';
import { meetingTitle } from '../domain/meeting-number';
import { bodyGenitive } from '../documents/body-phrases';
import type { Body, Meeting } from '../schemas';

export type InvitationMailInput = {
  meeting: Pick<Meeting, 'number' | 'year' | 'date' | 'startTime' | 'endTime' | 'location' | 'theme' | 'replyBy'>;
  body: Pick<Body, 'name' | 'kind'>;
  /** Items in agenda order with their TOP numbers. */
  agenda: readonly { number: string; title: string }[];
  /** Who signs: the chair, or the bureau when none is set. */
  signature: string;
  /** The invitation letter is attached as PDF. */
  withLetter: boolean;
};

/**
 * Subject and text of the invitation e-mail (German, like every document): date, time, place,
 * the agenda, the reply date and the attached papers are named; the letter itself is the PDF.
 */
export function invitationMail({ meeting, body, agenda, signature, withLetter }: InvitationMailInput): {
  subject: string;
  text: string;
} {
  const title = `${meetingTitle(meeting.number, meeting.year)} ${bodyGenitive(body)}`;
  const lines = [
    'Sehr geehrte Damen und Herren,',
    '',
    `hiermit laden wir Sie herzlich zur ${title} ein.`,
    ...(meeting.theme ? ['', `Thema: ${meeting.theme}`] : []),
    '',
    `Datum: ${formatDateLong(meeting.date)}`,
    `Uhrzeit: ${meeting.startTime}–${meeting.endTime} Uhr`,
    `Ort: ${meeting.location ?? 'wird noch bekannt gegeben'}`,
  ];
  if (agenda.length > 0) {
    lines.push('', 'Tagesordnung');
    for (const item of agenda) lines.push(`${item.number.includes('.') ? '    ' : ''}TOP ${item.number} ${item.title}`);
  }
  if (withLetter) lines.push('', 'Die Einladung mit allen Angaben ist als PDF beigefügt.');
  if (meeting.replyBy) {
    lines.push(
      '',
      `Bitte teilen Sie uns bis zum ${formatDate(meeting.replyBy)} mit, ob Sie teilnehmen. Wenn Sie verhindert sind, nennen Sie uns bitte Ihre Vertretung.`,
    );
  }
  lines.push('', 'Mit freundlichen Grüßen', signature);
  return {
    subject: `Einladung: ${body.name} – ${meetingTitle(meeting.number, meeting.year)} am ${formatDate(meeting.date)}`,
    text: lines.join('\n'),
  };
}
