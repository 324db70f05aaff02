import { ParticipantInput, type Participant } from '../../../../shared/schemas';
import { db } from '../database';
import { minutesContentCrud } from './minutes-lock';

export const participantRepo = {
  ...minutesContentCrud<Participant, typeof ParticipantInput>(
    () => db.participants,
    ParticipantInput,
    'Die teilnehmende Person',
  ),
  async forMeeting(meetingId: string): Promise<Participant[]> {
    const participants = await db.participants.where('meetingId').equals(meetingId).sortBy('position');
    return participants.filter((p) => !p.deletedAt);
  },
};
