import { daysBetween } from '../../../../shared/domain/dates';
import type { Body, Meeting, Organisation, Person, Task } from '../../../../shared/schemas';
import { OPEN_TASK_STATUSES, bodyRepo, meetingRepo, organisationRepo, personRepo } from '../../db/repos';
import { personDisplayName } from '../../../../shared/directory/person-name';

/** A task with what a list shows beside it: who owns it and which meeting it came from. */
export interface TaskRow {
  task: Task;
  ownerName: string;
  meeting?: { id: string; bodyCode: string; number: number; year: number };
  /** Days past the due date while the task is open; 0 otherwise. */
  daysOverdue: number;
}

interface Lookups {
  persons: Map<string, Person>;
  organisations: Map<string, Organisation>;
  bodies: Map<string, Body>;
  meetings: Map<string, Meeting>;
}

const byId = <R extends { id: string }>(records: readonly R[]) => new Map(records.map((r) => [r.id, r]));

const isPresent = <T>(value: T | undefined): value is T => value !== undefined;

async function getAll<R>(ids: Iterable<string | undefined>, get: (id: string) => Promise<R | undefined>) {
  const unique = [...new Set(ids)].filter(isPresent);
  return (await Promise.all(unique.map(get))).filter(isPresent);
}

/** Loads only the records the given tasks refer to (cheap for the few overdue tasks). */
async function lookupsFor(tasks: readonly Task[], networkId: string): Promise<Lookups> {
  const [persons, organisations, bodies, meetings] = await Promise.all([
    getAll(
      tasks.map((t) => t.ownerPersonId),
      (id) => personRepo.get(id),
    ),
    getAll(
      tasks.map((t) => t.ownerOrganisationId),
      (id) => organisationRepo.get(id),
    ),
    bodyRepo.list(networkId),
    getAll(
      tasks.map((t) => t.meetingId),
      (id) => meetingRepo.get(id),
    ),
  ]);
  return { persons: byId(persons), organisations: byId(organisations), bodies: byId(bodies), meetings: byId(meetings) };
}

function ownerName(task: Task, lookups: Lookups): string {
  if (task.ownerKind === 'person' && task.ownerPersonId) {
    const person = lookups.persons.get(task.ownerPersonId);
    return person ? personDisplayName(person) : '';
  }
  if (task.ownerKind === 'organisation' && task.ownerOrganisationId) {
    return lookups.organisations.get(task.ownerOrganisationId)?.name ?? '';
  }
  return (task.ownerBodyId && lookups.bodies.get(task.ownerBodyId)?.name) || '';
}

/** Overdue open tasks first (most overdue on top), then by due date. */
export const compareTaskRows = (a: TaskRow, b: TaskRow): number =>
  b.daysOverdue - a.daysOverdue || a.task.dueDate.localeCompare(b.task.dueDate);

export async function loadTaskRows(tasks: readonly Task[], networkId: string, today: string): Promise<TaskRow[]> {
  const lookups = await lookupsFor(tasks, networkId);
  return tasks
    .map((task) => {
      const meeting = task.meetingId ? lookups.meetings.get(task.meetingId) : undefined;
      const body = meeting && lookups.bodies.get(meeting.bodyId);
      return {
        task,
        ownerName: ownerName(task, lookups),
        meeting: meeting && body && { id: meeting.id, bodyCode: body.code, number: meeting.number, year: meeting.year },
        daysOverdue: OPEN_TASK_STATUSES.includes(task.status) ? Math.max(0, daysBetween(task.dueDate, today)) : 0,
      };
    })
    .sort(compareTaskRows);
}
