import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Body } from '../schemas/body.schema';
import type { Meeting } from '../schemas/meeting.schema';
import type { Network } from '../schemas/network.schema';
import { meetingTitle } from '../domain/meeting-number';

dayjs.extend(utc);

export const MEETING_TIME_ZONE = 'Europe/Berlin';

/**
 * Europe/Berlin since 1996 (EU rules: CEST from the last Sunday of March 02:00, CET from the last
 * Sunday of October 03:00). Outlook needs the VTIMEZONE in the file to place TZID times correctly.
 */
const VTIMEZONE_BERLIN = [
  'BEGIN:VTIMEZONE',
  `TZID:${MEETING_TIME_ZONE}`,
  `X-LIC-LOCATION:${MEETING_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export type MeetingIcsInput = {
  meeting: Pick<
    Meeting,
    'id' | 'number' | 'year' | 'date' | 'startTime' | 'endTime' | 'location' | 'theme' | 'status' | 'cancelReason'
  >;
  body: Pick<Body, 'name'>;
  network: Pick<Network, 'name'>;
  /** Items in agenda order with their TOP numbers ("1", "2", "2.1"). */
  agenda: readonly { number: string; title: string }[];
  organizer?: { name: string; email: string };
  /** When the file is made (DTSTAMP); later exports supersede earlier ones. */
  stamp: Date;
};

/** Wall-clock time in the meeting's zone, handed to ical-generator without any conversion. */
const wallClock = (date: string, time: string) => dayjs.utc(`${date}T${time}:00`);

/** Monotonic revision from the export time, so a calendar replaces an older copy of the event. */
const sequenceOf = (stamp: Date): number => Math.max(0, Math.floor((stamp.getTime() - Date.UTC(2024, 0, 1)) / 60_000));

function descriptionOf({ meeting, body, network, agenda }: MeetingIcsInput): string {
  const lines = [`${body.name} – ${meetingTitle(meeting.number, meeting.year)}`];
  if (meeting.status === 'abgesagt') {
    lines.push('Die Sitzung ist abgesagt.');
    if (meeting.cancelReason) lines.push(`Grund: ${meeting.cancelReason}`);
  }
  if (meeting.theme) lines.push(`Thema: ${meeting.theme}`);
  lines.push(network.name);
  if (agenda.length > 0) {
    lines.push('', 'Tagesordnung');
    for (const item of agenda) lines.push(`${item.number.includes('.') ? '    ' : ''}TOP ${item.number} ${item.title}`);
  }
  return lines.join('\n');
}

/**
 * The meeting as an iCalendar file (.ics) for Outlook and other calendars: times in Europe/Berlin
 * with the VTIMEZONE included, a stable UID per meeting, the agenda in the description, and
 * STATUS:CANCELLED for a cancelled meeting.
 */
export function meetingToIcs(input: MeetingIcsInput): string {
  const { meeting, body, organizer, stamp } = input;
  const cancelled = meeting.status === 'abgesagt';
  const calendar = ical({
    prodId: '//Bildungsbuero Desk//Sitzungen//DE',
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: (tz) => (tz === MEETING_TIME_ZONE ? VTIMEZONE_BERLIN : null) },
  });
  calendar.createEvent({
    id: `${meeting.id}@bildungsbuero-desk`,
    sequence: sequenceOf(stamp),
    stamp,
    start: wallClock(meeting.date, meeting.startTime),
    end: wallClock(meeting.date, meeting.endTime),
    timezone: MEETING_TIME_ZONE,
    summary: `${cancelled ? 'Abgesagt: ' : ''}${body.name} – ${meetingTitle(meeting.number, meeting.year)}`,
    location: meeting.location || null,
    description: descriptionOf(input),
    organizer: organizer ?? null,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
