import { addDays } from '../../shared/domain/dates';
import type { Measure, TaskInput, TaskStatus } from '../../shared/schemas';
import { taskRepo } from '../../renderer/src/db/repos';
import { workingDayFrom } from './calendar';
import type { AgendaEntry } from './generate-agenda';
import { STAFF_COUNT, type Directory } from './generate-directory';
import { bodyGroup } from './generate-schedule';
import type { Structure } from './generate-structure';
import { distribute, type Random } from './random';
import { TASK_PATTERNS, fill } from './vocabulary';

const TASK_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  BK: [5, 20],
  LK: [8, 18],
  RBB: [5, 14],
  AK: [6, 16],
};

/** Older tasks are mostly done; some stay open and show up as overdue. */
function statusFor(rng: Random, due: string, asOf: string): TaskStatus {
  if (due >= asOf)
    return rng.weighted([
      ['offen', 60],
      ['in-arbeit', 35],
      ['erledigt', 5],
    ]);
  if (due >= addDays(asOf, -60))
    return rng.weighted([
      ['erledigt', 50],
      ['in-arbeit', 25],
      ['offen', 25],
    ]);
  return rng.weighted([
    ['erledigt', 88],
    ['entfallen', 4],
    ['verschoben', 3],
    ['offen', 3],
    ['in-arbeit', 2],
  ]);
}

/** `total` tasks agreed in the held meetings, each linked to its item, result, field and measure. */
export async function generateTasks(
  rng: Random,
  entries: readonly AgendaEntry[],
  structure: Structure,
  directory: Directory,
  total: number,
  asOf: string,
): Promise<void> {
  const byMeeting = new Map<string, AgendaEntry[]>();
  for (const entry of entries) {
    if (!entry.scheduled.held || entry.field === undefined) continue;
    byMeeting.set(entry.item.meetingId, [...(byMeeting.get(entry.item.meetingId) ?? []), entry]);
  }
  const meetings = [...byMeeting.values()];
  const counts = distribute(
    rng,
    total,
    meetings.map((items) => TASK_RANGES[bodyGroup(items[0]!.scheduled)]!),
  );
  const measuresOf = new Map<string, Measure[]>();
  for (const m of structure.measures) measuresOf.set(m.actionFieldId, [...(measuresOf.get(m.actionFieldId) ?? []), m]);
  const rbb = structure.bodies.find((b) => b.code === 'RBB')!;
  const staff = directory.persons.slice(0, STAFF_COUNT);

  const inputs: TaskInput[] = meetings.flatMap((items, m) =>
    Array.from({ length: counts[m]! }, (_, i): TaskInput => {
      const entry = rng.pick(items);
      const { meeting, members, body } = entry.scheduled;
      const field = rng.chance(0.7) ? entry.field : undefined;
      const measure = field && rng.chance(0.4) ? rng.pick(measuresOf.get(field.id) ?? [undefined]) : undefined;
      const dueDate = workingDayFrom(addDays(meeting.date, rng.int(14, 120)));
      const status = statusFor(rng, dueDate, asOf);
      const completedOn = status === 'erledigt' ? [addDays(dueDate, rng.int(-20, 10)), asOf].sort()[0]! : undefined;
      const owner = rng.weighted([
        ['person', 80],
        ['organisation', 10],
        ['body', 10],
      ] as const);
      const person = members.length > 0 && rng.chance(0.6) ? rng.pick(members).personId : rng.pick(staff).id;
      return {
        title: fill(rng.pick(TASK_PATTERNS), { field: (entry.field ?? field)?.title }),
        ownerKind: owner,
        ownerPersonId: owner === 'person' ? person : undefined,
        ownerOrganisationId: owner === 'organisation' ? rng.pick(directory.organisations).id : undefined,
        ownerBodyId: owner === 'body' ? rng.pick([rbb.id, body.id]) : undefined,
        dueDate,
        status,
        completedOn: completedOn !== undefined && completedOn < meeting.date ? meeting.date : completedOn,
        meetingId: meeting.id,
        agendaItemId: entry.item.id,
        resultId: entry.result?.id,
        actionFieldId: field?.id,
        measureId: measure?.id,
        position: i + 1,
      };
    }),
  );
  await taskRepo.bulkCreate(inputs);
}
