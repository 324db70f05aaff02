import { outlineOf, type Outline } from '../../../../shared/domain/agenda-moves';
import type { AgendaSuggestion } from '../../../../shared/domain/agenda-suggestions';
import type { AgendaItem, AgendaItemInput } from '../../../../shared/schemas';
import { db } from '../database';
import { ValidationError } from '../errors';
import { newRecordMeta } from '../record';
import { agendaRepo } from './agenda.repo';
import { writeMinutesContent } from './minutes-lock';
import { nextPosition, writeOutline } from './outline-write';
import { restoreRecords } from './restore';

export type NewAgendaItem = Omit<AgendaItemInput, 'position'>;
export type AgendaItemChanges = Partial<Omit<AgendaItemInput, 'meetingId' | 'parentId' | 'position'>>;

const TABLES = () => [db.agendaItems, db.agendaItemActionFields, db.minutes];

/** Action-field links are a child table: the item's links are replaced as a whole. */
async function replaceActionFields(agendaItemId: string, actionFieldIds: readonly string[]): Promise<void> {
  await db.agendaItemActionFields.where('agendaItemId').equals(agendaItemId).delete();
  await db.agendaItemActionFields.bulkAdd(
    [...new Set(actionFieldIds)].map((actionFieldId) => ({ ...newRecordMeta(), agendaItemId, actionFieldId })),
  );
}

async function checkParent(meetingId: string, parentId: string | undefined): Promise<void> {
  if (parentId === undefined) return;
  const parent = await agendaRepo.get(parentId);
  if (!parent || parent.meetingId !== meetingId) {
    throw ValidationError.single('parentId', 'Der übergeordnete Tagesordnungspunkt wurde nicht gefunden.');
  }
  if (parent.parentId !== undefined) {
    throw ValidationError.single('parentId', 'Ein Unterpunkt kann keine eigenen Unterpunkte haben.');
  }
}

/** Building a meeting's agenda: every change with its action fields in one transaction. */
export const agendaBuilderRepo = {
  /** Adds an item (or sub-item) after its last sibling. */
  async append(input: NewAgendaItem, actionFieldIds: readonly string[] = []): Promise<AgendaItem> {
    return db.transaction('rw', TABLES(), async () => {
      await checkParent(input.meetingId, input.parentId);
      const rows = await agendaRepo.forMeeting(input.meetingId);
      const item = await agendaRepo.create({ ...input, position: nextPosition(rows, input.parentId) });
      await replaceActionFields(item.id, actionFieldIds);
      return item;
    });
  },

  async save(id: string, changes: AgendaItemChanges, actionFieldIds: readonly string[]): Promise<AgendaItem> {
    return db.transaction('rw', TABLES(), async () => {
      const item = await agendaRepo.update(id, changes);
      await replaceActionFields(id, actionFieldIds);
      return item;
    });
  },

  /** Writes a new order (from a move or a drop); refused when the agenda changed meanwhile. */
  async reorder(meetingId: string, outline: Outline): Promise<void> {
    await db.transaction('rw', TABLES(), async () => {
      const rows = await agendaRepo.forMeeting(meetingId);
      await writeOutline(rows, outline, (itemId, placement) => agendaRepo.update(itemId, placement));
    });
  },

  /** Marks an item and its sub-items deleted; returns their ids for "Rückgängig". */
  async remove(id: string): Promise<string[]> {
    return db.transaction('rw', TABLES(), async () => {
      const item = await agendaRepo.require(id);
      const rows = await agendaRepo.forMeeting(item.meetingId);
      const removed = [id, ...rows.filter((r) => r.parentId === id).map((r) => r.id)];
      for (const itemId of removed) await agendaRepo.remove(itemId);
      return removed;
    });
  },

  /** Brings removed items back ("Rückgängig"), unless the minutes were approved meanwhile. */
  async restore(meetingId: string, ids: readonly string[]): Promise<void> {
    await writeMinutesContent([meetingId], [db.agendaItems], () => restoreRecords(db.agendaItems, ids));
  },

  /** Linked action fields of every item of a meeting, by item. */
  async actionFieldLinks(meetingId: string): Promise<Map<string, string[]>> {
    const itemIds = (await agendaRepo.forMeeting(meetingId)).map((i) => i.id);
    const links = await db.agendaItemActionFields.where('agendaItemId').anyOf(itemIds).toArray();
    const byItem = new Map<string, string[]>();
    for (const link of links)
      byItem.set(link.agendaItemId, [...(byItem.get(link.agendaItemId) ?? []), link.actionFieldId]);
    return byItem;
  },

  /** Takes over an automatic item: changes the existing item, or inserts a new top-level item. */
  async acceptSuggestion(meetingId: string, suggestion: AgendaSuggestion): Promise<void> {
    await db.transaction('rw', TABLES(), async () => {
      const { target, item } = suggestion;
      if ('update' in target) {
        // The existing item keeps its kind and time; it takes the title and, if any, the text.
        await agendaRepo.update(target.update, {
          title: item.title,
          ...(item.description ? { description: item.description } : {}),
        });
        return;
      }
      const rows = await agendaRepo.forMeeting(meetingId);
      const created = await agendaRepo.create({ ...item, meetingId, position: nextPosition(rows, undefined) });
      const outline = outlineOf(rows);
      const topLevel = outline.filter((e) => e.parentId === undefined);
      const before = topLevel[target.insertAt];
      const at = before ? outline.findIndex((e) => e.id === before.id) : outline.length;
      outline.splice(at, 0, { id: created.id });
      await writeOutline([...rows, created], outline, (itemId, placement) => agendaRepo.update(itemId, placement));
    });
  },
};
