import type { MeetingDocumentData } from '../../../../../shared/documents';
import { isMinutesLocked } from '../../../../../shared/domain/status-cycle';
import type { Meeting } from '../../../../../shared/schemas';
import { meetingRepo } from '../../../db/repos';
import { meetingDocumentData } from '../../documents/document-data';

export interface Protocol extends MeetingDocumentData {
  /** Later meetings of the body: where the minutes can be approved. */
  laterMeetings: Meeting[];
  locked: boolean;
}

/** The minutes of a meeting as the Protokoll shows them; `null` when the meeting does not exist. */
export async function loadProtocol(meetingId: string, today: string): Promise<Protocol | null> {
  if (!(await meetingRepo.get(meetingId))) return null;
  const data = await meetingDocumentData(meetingId, today);
  const laterMeetings = (await meetingRepo.forBody(data.body.id)).filter(
    (m) => m.date > data.meeting.date && m.status !== 'abgesagt',
  );
  return { ...data, laterMeetings, locked: data.minutes !== undefined && isMinutesLocked(data.minutes) };
}
