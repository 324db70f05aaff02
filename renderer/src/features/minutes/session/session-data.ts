import { isMinutesLocked } from '../../../../../shared/domain/status-cycle';
import { computeTimePlan, type TimePlanEntry } from '../../../../../shared/domain/time-plan';
import type { AgendaItem, Body, Meeting, Minutes, Participant, Result, Task } from '../../../../../shared/schemas';
import { personDisplayName } from '../../../../../shared/directory/person-name';
import {
  agendaRepo,
  bodyRepo,
  meetingRepo,
  minutesRepo,
  participantRepo,
  personRepo,
  resultRepo,
  taskRepo,
} from '../../../db/repos';

/** One agenda item as Sitzungsmodus shows it: number, time plan, and what the minutes say about it. */
export interface SessionItem extends TimePlanEntry<AgendaItem> {
  presenter?: string;
  results: Result[];
  tasks: Task[];
}

export interface Session {
  meeting: Meeting;
  body: Body;
  minutes?: Minutes;
  items: SessionItem[];
  participants: Participant[];
  /** Approved minutes: everything is read-only. */
  locked: boolean;
  /** Begun and not yet ended (and not yet approved, which closes it for good). */
  running: boolean;
}

/** Names of the persons presenting items, by id. */
async function presenterNames(agenda: readonly AgendaItem[]): Promise<Map<string, string>> {
  const ids = [...new Set(agenda.flatMap((i) => (i.presenterPersonId ? [i.presenterPersonId] : [])))];
  const persons = await Promise.all(ids.map((id) => personRepo.get(id)));
  return new Map(persons.flatMap((p) => (p ? [[p.id, personDisplayName(p)] as const] : [])));
}

/** A meeting with everything its minutes record; `null` when it does not exist. */
export async function loadSession(meetingId: string): Promise<Session | null> {
  const meeting = await meetingRepo.get(meetingId);
  const body = meeting && (await bodyRepo.get(meeting.bodyId));
  if (!meeting || !body) return null;
  const [agenda, participants, results, tasks, minutes] = await Promise.all([
    agendaRepo.forMeeting(meetingId),
    participantRepo.forMeeting(meetingId),
    resultRepo.forMeeting(meetingId),
    taskRepo.forMeeting(meetingId),
    minutesRepo.forMeeting(meetingId),
  ]);
  const plan = computeTimePlan(agenda, meeting.startTime, meeting.endTime);
  const presenters = await presenterNames(agenda);
  const items = plan.entries.map((entry) => ({
    ...entry,
    presenter: entry.item.presenterText || presenters.get(entry.item.presenterPersonId ?? ''),
    results: results.filter((r) => r.agendaItemId === entry.item.id),
    tasks: tasks.filter((t) => t.agendaItemId === entry.item.id).sort((a, b) => a.position - b.position),
  }));
  const locked = minutes !== undefined && isMinutesLocked(minutes);
  return {
    meeting,
    body,
    items,
    participants,
    locked,
    running: !locked && meeting.actualStart !== undefined && meeting.actualEnd === undefined,
    ...(minutes ? { minutes } : {}),
  };
}
