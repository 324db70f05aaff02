import {
  AgendaItemInput,
  AgendaTemplateInput,
  TemplateItemInput,
  type AgendaItem,
  type AgendaTemplate,
  type RichText,
  type TemplateItem,
} from '../../../../shared/schemas';
import { crud } from '../crud';
import { db } from '../database';
import { ConflictError } from '../errors';
import { newRecordMeta } from '../record';
import { minutesContentCrud } from './minutes-lock';

/** What another window saved, carried by the ConflictError of saveNotes. */
export interface StoredNotes {
  notes: RichText | undefined;
  revision: number;
}

const itemCrud = minutesContentCrud<AgendaItem, typeof AgendaItemInput>(
  () => db.agendaItems,
  AgendaItemInput,
  'Der Tagesordnungspunkt',
);

export const agendaRepo = {
  ...itemCrud,
  /** All items of a meeting (top level and sub-items), in position order. */
  async forMeeting(meetingId: string): Promise<AgendaItem[]> {
    const items = await db.agendaItems.where('meetingId').equals(meetingId).sortBy('position');
    return items.filter((i) => !i.deletedAt);
  },
  async linkActionField(agendaItemId: string, actionFieldId: string): Promise<void> {
    await db.agendaItemActionFields.add({ ...newRecordMeta(), agendaItemId, actionFieldId });
  },
  /** Many links in one write (generated data sets). */
  async linkActionFields(links: readonly { agendaItemId: string; actionFieldId: string }[]): Promise<void> {
    await db.agendaItemActionFields.bulkAdd(links.map((link) => ({ ...newRecordMeta(), ...link })));
  },
  /**
   * Saves an item's discussion notes (undefined: none). `baseRevision` is the revision the editor
   * started from: when another window saved in between, nothing is written and a ConflictError
   * carries the stored notes, so the user can choose. Returns the new revision.
   */
  async saveNotes(itemId: string, notes: RichText | undefined, baseRevision: number): Promise<number> {
    return db.transaction('rw', [db.agendaItems, db.minutes], async () => {
      const item = await itemCrud.require(itemId);
      if (item.revision > baseRevision)
        throw new ConflictError<StoredNotes>({ notes: item.notes, revision: item.revision });
      return (await itemCrud.update(itemId, { notes, revision: item.revision + 1 })).revision;
    });
  },
  async actionFieldIds(agendaItemId: string): Promise<string[]> {
    const links = await db.agendaItemActionFields.where('agendaItemId').equals(agendaItemId).toArray();
    return links.map((l) => l.actionFieldId);
  },
};

export const templateRepo = {
  ...crud<AgendaTemplate, typeof AgendaTemplateInput>(() => db.agendaTemplates, AgendaTemplateInput, 'Die Vorlage'),
  items: crud<TemplateItem, typeof TemplateItemInput>(() => db.templateItems, TemplateItemInput, 'Der Vorlagenpunkt'),
  async forBody(bodyId: string): Promise<AgendaTemplate[]> {
    return (await db.agendaTemplates.where('bodyId').equals(bodyId).toArray()).filter((t) => !t.deletedAt);
  },
  async itemsOf(templateId: string): Promise<TemplateItem[]> {
    return db.templateItems.where('templateId').equals(templateId).sortBy('position');
  },
};
