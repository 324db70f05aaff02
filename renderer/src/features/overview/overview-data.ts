import { invitationDeadline, invitationDeadlineState, type DeadlineState } from '../../../../shared/domain/deadline';
import type { ActionField, Body, Meeting, MeasureStatus } from '../../../../shared/schemas';
import { actionFieldRepo, bodyRepo, measureRepo, meetingRepo, taskRepo } from '../../db/repos';
import { loadTaskRows, type TaskRow } from '../tasks/task-rows';

export interface UpcomingMeeting {
  meeting: Meeting;
  body: Body;
  deadline: string;
  deadlineState: DeadlineState;
}

export async function loadUpcomingMeetings(networkId: string, today: string, limit = 6): Promise<UpcomingMeeting[]> {
  const [bodies, meetings] = await Promise.all([bodyRepo.list(networkId), meetingRepo.upcoming(today, limit * 4)]);
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  return meetings
    .flatMap((meeting) => {
      const body = bodyById.get(meeting.bodyId);
      if (!body) return [];
      const deadline = invitationDeadline(meeting.date, body.noticeDays);
      const deadlineState = invitationDeadlineState(today, deadline, meeting.invitationSentOn);
      return [{ meeting, body, deadline, deadlineState }];
    })
    .sort((a, b) => `${a.meeting.date}${a.meeting.startTime}`.localeCompare(`${b.meeting.date}${b.meeting.startTime}`))
    .slice(0, limit);
}

export async function loadOverdueTasks(networkId: string, today: string): Promise<TaskRow[]> {
  return loadTaskRows(await taskRepo.overdue(today), networkId, today);
}

export interface ActionFieldSummary {
  field: ActionField;
  openTasks: number;
  overdueTasks: number;
  measuresByStatus: Partial<Record<MeasureStatus, number>>;
  measureCount: number;
}

const countBy = <T>(items: readonly T[], key: (item: T) => string | undefined) => {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
};

export async function loadActionFieldSummaries(networkId: string, today: string): Promise<ActionFieldSummary[]> {
  const [fields, openTasks, measures] = await Promise.all([
    actionFieldRepo.list(networkId),
    taskRepo.open(),
    measureRepo.all(),
  ]);
  const open = countBy(openTasks, (t) => t.actionFieldId);
  const overdue = countBy(
    openTasks.filter((t) => t.dueDate < today),
    (t) => t.actionFieldId,
  );
  return fields.map((field) => {
    const own = measures.filter((m) => m.actionFieldId === field.id);
    const measuresByStatus: Partial<Record<MeasureStatus, number>> = {};
    for (const m of own) measuresByStatus[m.status] = (measuresByStatus[m.status] ?? 0) + 1;
    return {
      field,
      openTasks: open.get(field.id) ?? 0,
      overdueTasks: overdue.get(field.id) ?? 0,
      measuresByStatus,
      measureCount: own.length,
    };
  });
}
