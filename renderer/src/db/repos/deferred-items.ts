import type { AgendaItem, Meeting, Result } from '../../../../shared/schemas';
import { db } from '../database';
import { notDeleted } from '../record';

/** An item a body deferred ("vertagt"), with the meeting that deferred it. */
export interface DeferredItem {
  meeting: Meeting;
  agendaItem: AgendaItem;
  result: Result;
}

const sameTitle = (a: string, b: string): boolean =>
  a.trim().localeCompare(b.trim(), 'de', { sensitivity: 'base' }) === 0;

/**
 * Items a body deferred and has not taken up again, oldest first: the meetings feature offers them
 * for the agenda of the next meeting. An item is taken up once a later meeting of the body has an
 * agenda item of the same title.
 */
export async function deferredItemsForBody(bodyId: string): Promise<DeferredItem[]> {
  const meetings = (await db.meetings.where('bodyId').equals(bodyId).sortBy('date')).filter(
    (m) => notDeleted(m) && m.status !== 'abgesagt',
  );
  const ids = meetings.map((m) => m.id);
  const [items, deferred] = await Promise.all([
    db.agendaItems.where('meetingId').anyOf(ids).filter(notDeleted).toArray(),
    db.results
      .where('meetingId')
      .anyOf(ids)
      .filter((r) => notDeleted(r) && r.outcome === 'vertagt')
      .toArray(),
  ]);
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const itemById = new Map(items.map((i) => [i.id, i]));
  const dateOf = (meetingId: string) => meetingById.get(meetingId)?.date ?? '';
  return deferred
    .flatMap((result) => {
      const meeting = meetingById.get(result.meetingId);
      const agendaItem = itemById.get(result.agendaItemId);
      if (!meeting || !agendaItem) return [];
      const takenUp = items.some((i) => dateOf(i.meetingId) > meeting.date && sameTitle(i.title, agendaItem.title));
      return takenUp ? [] : [{ meeting, agendaItem, result }];
    })
    .sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
}
