import { useEffect, useState } from 'react';
import type { MeetingDocumentData } from '../../../../../shared/documents';
import { isMinutesLocked } from '../../../../../shared/domain/status-cycle';
import type { Meeting } from '../../../../../shared/schemas';
import { meetingRepo } from '../../../db/repos';

export interface Protocol extends MeetingDocumentData {
  /** Later meetings of the body: where the minutes can be approved. */
  laterMeetings: Meeting[];
  locked: boolean;
}

type ReadMeeting = (meetingId: string, issuedOn: string) => Promise<MeetingDocumentData>;

/**
 * The reader of the documents' view model, loaded when the Protokoll is first shown (it brings the
 * document modules, which the start bundle leaves out). Undefined until it is there.
 */
export function useMeetingReader(): ReadMeeting | undefined {
  const [reader, setReader] = useState<ReadMeeting>();
  useEffect(() => {
    void import('../../documents/document-data').then((module) => setReader(() => module.meetingDocumentData));
  }, []);
  return reader;
}

/** The minutes of a meeting as the Protokoll shows them; `null` when the meeting does not exist. */
export async function loadProtocol(read: ReadMeeting, meetingId: string, today: string): Promise<Protocol | null> {
  if (!(await meetingRepo.get(meetingId))) return null;
  const data = await read(meetingId, today);
  const laterMeetings = (await meetingRepo.forBody(data.body.id)).filter(
    (m) => m.date > data.meeting.date && m.status !== 'abgesagt',
  );
  return { ...data, laterMeetings, locked: data.minutes !== undefined && isMinutesLocked(data.minutes) };
}
