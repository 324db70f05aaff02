import type { SuggestionInput } from '../../../../shared/domain/agenda-suggestions';
import { personDisplayName } from '../../../../shared/directory/person-name';
import type { AgendaItem, AgendaTemplate, Meeting } from '../../../../shared/schemas';
import {
  agendaBuilderRepo,
  agendaRepo,
  attachmentRepo,
  deferredItemsForBody,
  measureRepo,
  meetingRepo,
  minutesRepo,
  personRepo,
  taskRepo,
  templateRepo,
} from '../../db/repos';

/** The meeting as the agenda's queries need it: plain values, so a live query re-runs only when they change. */
export type MeetingKey = Pick<Meeting, 'id' | 'bodyId' | 'date'>;

export interface AgendaData {
  items: AgendaItem[];
  /** Linked action fields by item. */
  links: Map<string, string[]>;
  /** Names of the persons presenting, by person id. */
  presenters: Map<string, string>;
  /** Papers attached to each item. */
  paperCounts: Map<string, number>;
  /** The body's templates, for an empty agenda. */
  templates: AgendaTemplate[];
  /** The body's meeting before this one, whose agenda can be copied. */
  previous?: Meeting;
}

const meetingsBefore = async ({ id, bodyId, date }: MeetingKey): Promise<Meeting[]> =>
  (await meetingRepo.forBody(bodyId)).filter((m) => m.date < date && m.id !== id);

async function presenterNames(items: readonly AgendaItem[]): Promise<Map<string, string>> {
  const ids = [...new Set(items.flatMap((i) => (i.presenterPersonId ? [i.presenterPersonId] : [])))];
  const persons = await Promise.all(ids.map((id) => personRepo.get(id)));
  return new Map(persons.flatMap((p) => (p ? [[p.id, personDisplayName(p)] as const] : [])));
}

/** Everything the agenda builder of one meeting shows. */
export async function loadAgenda(meeting: MeetingKey): Promise<AgendaData> {
  const [items, links, papers, templates, before] = await Promise.all([
    agendaRepo.forMeeting(meeting.id),
    agendaBuilderRepo.actionFieldLinks(meeting.id),
    attachmentRepo.forMeeting(meeting.id),
    templateRepo.forBody(meeting.bodyId),
    meetingsBefore(meeting),
  ]);
  const paperCounts = new Map<string, number>();
  for (const { agendaItemId } of papers) {
    if (agendaItemId) paperCounts.set(agendaItemId, (paperCounts.get(agendaItemId) ?? 0) + 1);
  }
  return { items, links, presenters: await presenterNames(items), paperCounts, templates, previous: before.at(-1) };
}

/**
 * What the automatic items are made of: the body's last meeting that took place (with the status
 * of its minutes) and the measures and tasks changed since. Read apart from the agenda, so editing
 * the agenda does not read every task again.
 */
export async function loadSuggestionContext(meeting: MeetingKey): Promise<Omit<SuggestionInput, 'items'>> {
  const previous = (await meetingsBefore(meeting)).filter((m) => m.status !== 'abgesagt').at(-1);
  if (!previous) return {};
  const [minutes, tasks, measures, deferred] = await Promise.all([
    minutesRepo.forMeeting(previous.id),
    taskRepo.all(),
    measureRepo.all(),
    deferredItemsForBody(meeting.bodyId),
  ]);
  const since = previous.date;
  return {
    previous: { date: previous.date, minutesStatus: minutes?.status },
    changes: {
      since,
      measures: measures.filter((m) => m.updatedAt >= since).sort((a, b) => a.title.localeCompare(b.title, 'de')),
      tasks: tasks.filter((t) => t.updatedAt >= since).sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    },
    deferred: deferred
      .filter((d) => d.meeting.date < meeting.date)
      .map(({ meeting: from, agendaItem }) => ({
        title: agendaItem.title,
        kind: agendaItem.kind,
        description: agendaItem.description,
        plannedMinutes: agendaItem.plannedMinutes,
        deferredOn: from.date,
      })),
  };
}
