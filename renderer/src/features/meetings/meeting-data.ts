import { numberAgendaItems, type NumberedItem } from '../../../../shared/domain/agenda-numbering';
import type { AgendaItem, Body, Meeting } from '../../../../shared/schemas';
import { agendaRepo, bodyRepo, meetingRepo, taskRepo } from '../../db/repos';
import { loadTaskRows, type TaskRow } from '../tasks/task-rows';

export interface MeetingDetail {
  meeting: Meeting;
  body: Body;
  agenda: NumberedItem<AgendaItem>[];
  tasks: TaskRow[];
}

/** One meeting with its body, numbered agenda and tasks; `null` when it does not exist. */
export async function loadMeetingDetail(id: string, networkId: string, today: string): Promise<MeetingDetail | null> {
  const meeting = await meetingRepo.get(id);
  const body = meeting && (await bodyRepo.get(meeting.bodyId));
  if (!meeting || !body) return null;
  const [items, tasks] = await Promise.all([agendaRepo.forMeeting(id), taskRepo.forMeeting(id)]);
  return {
    meeting,
    body,
    agenda: numberAgendaItems(items),
    tasks: await loadTaskRows(tasks, networkId, today),
  };
}
