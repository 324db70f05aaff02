import { agendaSuggestions, type AgendaSuggestion } from '../../../../shared/domain/agenda-suggestions';
import { personDisplayName } from '../../../../shared/directory/person-name';
import type { AgendaItem, AgendaTemplate, Meeting } from '../../../../shared/schemas';
import {
  agendaBuilderRepo,
  agendaRepo,
  attachmentRepo,
  measureRepo,
  meetingRepo,
  minutesRepo,
  personRepo,
  taskRepo,
  templateRepo,
} from '../../db/repos';

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
  suggestions: AgendaSuggestion[];
}

/** Meetings still ahead get automatic items offered; held or cancelled ones not. */
const OFFERS_SUGGESTIONS: readonly Meeting['status'][] = ['geplant', 'eingeladen'];

async function suggestionsFor(meeting: Meeting, items: readonly AgendaItem[], before: readonly Meeting[]) {
  const previous = before.filter((m) => m.status !== 'abgesagt').at(-1);
  if (!OFFERS_SUGGESTIONS.includes(meeting.status) || !previous) return [];
  const [minutes, tasks, measures] = await Promise.all([
    minutesRepo.forMeeting(previous.id),
    taskRepo.all(),
    measureRepo.all(),
  ]);
  const since = previous.date;
  return agendaSuggestions({
    items,
    previous: { date: previous.date, minutesStatus: minutes?.status },
    changes: {
      since,
      measures: measures.filter((m) => m.updatedAt >= since).sort((a, b) => a.title.localeCompare(b.title, 'de')),
      tasks: tasks.filter((t) => t.updatedAt >= since).sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    },
  });
}

async function presenterNames(items: readonly AgendaItem[]): Promise<Map<string, string>> {
  const ids = [...new Set(items.flatMap((i) => (i.presenterPersonId ? [i.presenterPersonId] : [])))];
  const persons = await Promise.all(ids.map((id) => personRepo.get(id)));
  return new Map(persons.flatMap((p) => (p ? [[p.id, personDisplayName(p)] as const] : [])));
}

/** Everything the agenda builder of one meeting shows. */
export async function loadAgenda(meeting: Meeting): Promise<AgendaData> {
  const [items, links, papers, templates, bodyMeetings] = await Promise.all([
    agendaRepo.forMeeting(meeting.id),
    agendaBuilderRepo.actionFieldLinks(meeting.id),
    attachmentRepo.forMeeting(meeting.id),
    templateRepo.forBody(meeting.bodyId),
    meetingRepo.forBody(meeting.bodyId),
  ]);
  const before = bodyMeetings.filter((m) => m.date < meeting.date && m.id !== meeting.id);
  const paperCounts = new Map<string, number>();
  for (const { agendaItemId } of papers) {
    if (agendaItemId) paperCounts.set(agendaItemId, (paperCounts.get(agendaItemId) ?? 0) + 1);
  }
  return {
    items,
    links,
    presenters: await presenterNames(items),
    paperCounts,
    templates,
    previous: before.at(-1),
    suggestions: await suggestionsFor(meeting, items, before),
  };
}
