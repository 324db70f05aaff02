import { formatClockTime } from '../../../../shared/domain/time-plan';
import { MeetingInput, MinutesInput, type Meeting, type MeetingStatus } from '../../../../shared/schemas';
import { db } from '../database';
import { NotFoundError, ValidationError } from '../errors';
import { insertRecord, patchRecord } from '../record';
import { writeMinutesContent } from './minutes-lock';

/** Statuses before the minutes: ending the meeting moves them on to the minutes' draft. */
const NOT_YET_HELD: readonly MeetingStatus[] = ['geplant', 'eingeladen', 'durchgefuehrt'];

/** "14:05" of a moment, in local time. */
const clockTime = (at: Date): string => formatClockTime(at.getHours() * 60 + at.getMinutes());

async function requireMeeting(meetingId: string): Promise<Meeting> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting || meeting.deletedAt) throw new NotFoundError('Die Sitzung');
  if (meeting.status === 'abgesagt') {
    throw ValidationError.single('status', 'Die Sitzung ist abgesagt. Bitte zuerst die Absage zurücknehmen.');
  }
  return meeting;
}

/** The meeting's changes in one guarded write: refused once its minutes are approved. */
const writeMeeting = (meetingId: string, changes: (meeting: Meeting) => Partial<MeetingInput>): Promise<Meeting> =>
  writeMinutesContent([meetingId], [db.meetings], async () => {
    const meeting = await requireMeeting(meetingId);
    return patchRecord(db.meetings, MeetingInput, meetingId, changes(meeting), 'Die Sitzung');
  });

async function ensureMinutes(meetingId: string): Promise<void> {
  if (!(await db.minutes.where('meetingId').equals(meetingId).first())) {
    await insertRecord(db.minutes, MinutesInput, { meetingId });
  }
}

/** Running a meeting in Sitzungsmodus: its actual times and the item under discussion. */
export const sessionRepo = {
  /** Starts the meeting: actual start (kept when restarted), the first item under discussion, minutes as a draft. */
  begin: (meetingId: string, firstItemId: string | undefined, at = new Date()): Promise<Meeting> =>
    writeMinutesContent([meetingId], [db.meetings], async () => {
      const meeting = await writeMeeting(meetingId, (m) => ({
        actualStart: m.actualStart ?? clockTime(at),
        actualEnd: undefined,
        currentAgendaItemId: m.currentAgendaItemId ?? firstItemId,
        currentItemStartedAt: at.toISOString(),
      }));
      await ensureMinutes(meetingId);
      return meeting;
    }),

  /** The item now under discussion; its clock starts at `at`. */
  callItem: (meetingId: string, itemId: string, at = new Date()): Promise<Meeting> =>
    writeMeeting(meetingId, () => ({ currentAgendaItemId: itemId, currentItemStartedAt: at.toISOString() })),

  /** Ends the meeting: actual end, no item under discussion, the minutes' draft begins. */
  end: (meetingId: string, at = new Date()): Promise<Meeting> =>
    writeMinutesContent([meetingId], [db.meetings], async () => {
      const meeting = await writeMeeting(meetingId, (m) => ({
        actualStart: m.actualStart ?? clockTime(at),
        actualEnd: clockTime(at),
        currentAgendaItemId: undefined,
        currentItemStartedAt: undefined,
        status: NOT_YET_HELD.includes(m.status) ? 'protokoll-entwurf' : m.status,
      }));
      await ensureMinutes(meetingId);
      return meeting;
    }),
};
