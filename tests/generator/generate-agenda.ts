import { formatDate } from '../../shared/domain/dates';
import { parseClockTime } from '../../shared/domain/time-plan';
import {
  richTextFromParagraphs,
  type ActionField,
  type AgendaItem,
  type AgendaItemInput,
  type AgendaItemKind,
  type Result,
} from '../../shared/schemas';
import { agendaRepo } from '../../renderer/src/db/repos';
import { bodyGroup, type ScheduledMeeting } from './generate-schedule';
import { distribute, type Random } from './random';
import { AGENDA_TITLES, NOTE_SENTENCES, fill } from './vocabulary';

/** An agenda item as results, tasks and papers need it: its meeting, topic and result. */
export interface AgendaEntry {
  scheduled: ScheduledMeeting;
  item: AgendaItem;
  field?: ActionField;
  /** Date (dd.MM.yyyy) of the minutes an approval item approves. */
  approves?: string;
  result?: Result;
}

type Topical = Exclude<AgendaItemKind, 'formalia' | 'verschiedenes'>;

/** How often each kind of item appears, by body. Only the Bildungskonferenz recommends. */
// prettier-ignore
const KIND_WEIGHTS: Readonly<Record<string, readonly (readonly [Topical, number])[]>> = {
  BK: [['bericht', 35], ['beratung', 25], ['empfehlung', 25], ['beschluss', 10], ['wahl', 5]],
  LK: [['bericht', 30], ['beratung', 30], ['beschluss', 40]],
  RBB: [['bericht', 50], ['beratung', 40], ['beschluss', 10]],
  AK: [['bericht', 35], ['beratung', 40], ['beschluss', 20], ['wahl', 5]],
};

/** Items per meeting, by body. */
const ITEM_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  BK: [20, 30],
  LK: [12, 20],
  RBB: [8, 14],
  AK: [10, 18],
};

/** An item before it is written; parents are planned items too, so sub-items can point at them. */
interface PlannedItem {
  scheduled: ScheduledMeeting;
  input: Omit<AgendaItemInput, 'meetingId' | 'parentId' | 'position' | 'plannedMinutes'>;
  parent?: PlannedItem;
  field?: ActionField;
  approves?: string;
  /** Share of the meeting's time. */
  weight: number;
  position: number;
  plannedMinutes: number;
}

const planned = (
  scheduled: ScheduledMeeting,
  input: PlannedItem['input'],
  extra: Partial<PlannedItem> = {},
): PlannedItem => ({
  scheduled,
  input,
  weight: 1,
  position: 0,
  plannedMinutes: 0,
  ...extra,
});

function topicalItem(rng: Random, s: ScheduledMeeting, fields: readonly ActionField[]): PlannedItem {
  const kind = rng.weighted(KIND_WEIGHTS[bodyGroup(s)]!);
  const field = rng.pick(fields);
  const title = fill(rng.pick(AGENDA_TITLES[kind]), { field: field.title, year: s.meeting.year });
  const decides = kind === 'beschluss' || kind === 'empfehlung' || kind === 'wahl';
  const input = {
    kind,
    title,
    presenterPersonId: s.members.length > 0 ? rng.pick(s.members).personId : undefined,
    proposedResolution: decides ? `${s.body.name}: ${title} – wie in der Vorlage vorgeschlagen.` : undefined,
    chairNotes: s.body.kind !== 'arbeitskreis' && rng.chance(0.1) ? 'Vorab mit dem Co-Vorsitz abgestimmt.' : undefined,
    notes: s.held && rng.chance(0.5) ? richTextFromParagraphs(rng.sample(NOTE_SENTENCES, rng.int(1, 3))) : undefined,
  };
  return planned(s, input, { field, weight: rng.int(2, 5) });
}

/**
 * One meeting's agenda of `count` items: opening, approval of the last minutes, topics (a fifth of
 * them as sub-items), "Verschiedenes". The planned minutes fill the meeting exactly; an item with
 * sub-items only introduces them.
 */
function planMeeting(
  rng: Random,
  s: ScheduledMeeting,
  count: number,
  fields: readonly ActionField[],
  lastDate?: string,
): PlannedItem[] {
  const items = [planned(s, { kind: 'formalia', title: 'Begrüßung und Feststellung der Tagesordnung' })];
  if (lastDate) {
    const approves = formatDate(lastDate);
    items.push(planned(s, { kind: 'formalia', title: `Genehmigung des Protokolls vom ${approves}` }, { approves }));
  }
  let lastTopic: PlannedItem | undefined;
  while (items.length < count - 1) {
    const item = topicalItem(rng, s, fields);
    if (lastTopic && rng.chance(0.2)) {
      item.parent = lastTopic;
      lastTopic.weight = 0;
    } else lastTopic = item;
    items.push(item);
  }
  items.push(planned(s, { kind: 'verschiedenes', title: 'Verschiedenes' }));

  const duration = parseClockTime(s.meeting.endTime) - parseClockTime(s.meeting.startTime);
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  const positions = new Map<PlannedItem | undefined, number>();
  for (const item of items) {
    item.plannedMinutes = Math.floor((duration * item.weight) / totalWeight);
    item.position = (positions.get(item.parent) ?? 0) + 1;
    positions.set(item.parent, item.position);
  }
  const longest = items.reduce((a, b) => (b.plannedMinutes > a.plannedMinutes ? b : a));
  longest.plannedMinutes += duration - items.reduce((sum, item) => sum + item.plannedMinutes, 0);
  return items;
}

/**
 * `total` agenda items over the meetings (top-level items first, then their sub-items), linked to
 * action fields now and then.
 */
export async function generateAgendas(
  rng: Random,
  schedule: readonly ScheduledMeeting[],
  fields: readonly ActionField[],
  total: number,
): Promise<AgendaEntry[]> {
  const counts = distribute(
    rng,
    total,
    schedule.map((s) => ITEM_RANGES[bodyGroup(s)]!),
  );
  const lastHeld = new Map<string, string>();
  const plan = schedule.flatMap((s, i) => {
    const items = planMeeting(rng, s, counts[i]!, fields, lastHeld.get(s.body.id));
    if (s.held) lastHeld.set(s.body.id, s.meeting.date);
    return items;
  });

  const created = new Map<PlannedItem, AgendaItem>();
  for (const level of [plan.filter((p) => !p.parent), plan.filter((p) => p.parent)]) {
    const records = await agendaRepo.bulkCreate(
      level.map((p) => ({
        ...p.input,
        meetingId: p.scheduled.meeting.id,
        parentId: p.parent && created.get(p.parent)!.id,
        position: p.position,
        plannedMinutes: p.plannedMinutes,
      })),
    );
    level.forEach((p, i) => created.set(p, records[i]!));
  }

  const entries = plan.map((p): AgendaEntry => ({
    scheduled: p.scheduled,
    field: p.field,
    approves: p.approves,
    item: created.get(p)!,
  }));
  await agendaRepo.linkActionFields(
    entries.flatMap(({ item, field }) =>
      field && rng.chance(0.35) ? [{ agendaItemId: item.id, actionFieldId: field.id }] : [],
    ),
  );
  return entries;
}
