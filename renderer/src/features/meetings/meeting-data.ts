import { personDisplayName } from '../../../../shared/directory/person-name';
import type { Body, Meeting } from '../../../../shared/schemas';
import { bodyRepo, meetingRepo, minutesRepo, personRepo, taskRepo } from '../../db/repos';
import { loadTaskRows, type TaskRow } from '../tasks/task-rows';

export interface MeetingDetail {
  meeting: Meeting;
  body: Body;
  chairName?: string;
  minuteTakerName?: string;
  /** Deleting a meeting with minutes asks first. */
  hasMinutes: boolean;
  tasks: TaskRow[];
}

const nameOf = async (personId: string | undefined): Promise<string | undefined> => {
  const person = personId ? await personRepo.get(personId) : undefined;
  return person && personDisplayName(person);
};

/** One meeting with its body, the names of chair and minute-taker and its tasks; `null` when it does not exist. */
export async function loadMeetingDetail(id: string, networkId: string, today: string): Promise<MeetingDetail | null> {
  const meeting = await meetingRepo.get(id);
  const body = meeting && (await bodyRepo.get(meeting.bodyId));
  if (!meeting || !body) return null;
  const [chairName, minuteTakerName, minutes, tasks] = await Promise.all([
    nameOf(meeting.chairPersonId),
    nameOf(meeting.minuteTakerPersonId),
    minutesRepo.forMeeting(id),
    taskRepo.forMeeting(id),
  ]);
  return {
    meeting,
    body,
    chairName,
    minuteTakerName,
    hasMinutes: minutes !== undefined,
    tasks: await loadTaskRows(tasks, networkId, today),
  };
}
