import { TaskInput, type Task, type TaskStatus } from '../../../../shared/schemas';
import { db } from '../database';
import { minutesContentCrud } from './minutes-lock';

export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['offen', 'in-arbeit', 'verschoben'];

export const taskRepo = {
  /** Tasks agreed in a meeting are part of its minutes; only their progress changes after approval. */
  ...minutesContentCrud<Task, typeof TaskInput>(() => db.tasks, TaskInput, 'Die Aufgabe', ['status', 'completedOn']),
  /** Open tasks due before `today`, most overdue first. */
  async overdue(today: string): Promise<Task[]> {
    return db.tasks
      .where('dueDate')
      .below(today)
      .filter((t) => !t.deletedAt && OPEN_TASK_STATUSES.includes(t.status))
      .toArray();
  },
  /** Tasks agreed in a meeting, by due date. */
  async forMeeting(meetingId: string): Promise<Task[]> {
    return (await db.tasks.where('meetingId').equals(meetingId).sortBy('dueDate')).filter((t) => !t.deletedAt);
  },
  async open(): Promise<Task[]> {
    return (
      await db.tasks
        .where('status')
        .anyOf([...OPEN_TASK_STATUSES])
        .toArray()
    ).filter((t) => !t.deletedAt);
  },
};
