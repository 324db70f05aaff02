import { MeetingInput, type Meeting } from '../../../../shared/schemas';
import { nextMeetingNumber } from '../../../../shared/domain/meeting-number';
import { crud } from '../crud';
import { db } from '../database';

type NewMeeting = Omit<MeetingInput, 'number' | 'year'>;

const meetingCrud = crud<Meeting, typeof MeetingInput>(() => db.meetings, MeetingInput, 'Die Sitzung');

export const meetingRepo = {
  ...meetingCrud,

  /** Creates a meeting numbered automatically per body and year ("2. Sitzung 2026"). */
  async create(input: NewMeeting): Promise<Meeting> {
    return db.transaction('rw', db.meetings, async () => {
      const year = Number(input.date.slice(0, 4));
      const sameYear = await db.meetings.where('[bodyId+year]').equals([input.bodyId, year]).toArray();
      const number = nextMeetingNumber(sameYear.filter((m) => !m.deletedAt).map((m) => m.number));
      return meetingCrud.create({ ...input, year, number });
    });
  },

  async forBody(bodyId: string): Promise<Meeting[]> {
    const meetings = await db.meetings.where('bodyId').equals(bodyId).sortBy('date');
    return meetings.filter((m) => !m.deletedAt);
  },

  /** Meetings from `fromDate` on, soonest first, cancelled ones left out. */
  async upcoming(fromDate: string, limit = 10): Promise<Meeting[]> {
    return db.meetings
      .where('date')
      .aboveOrEqual(fromDate)
      .filter((m) => !m.deletedAt && m.status !== 'abgesagt')
      .limit(limit)
      .toArray();
  },
};
