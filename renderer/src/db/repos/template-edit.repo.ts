import type { Outline } from '../../../../shared/domain/agenda-moves';
import { STANDARD_AGENDA, standardTemplateName } from '../../../../shared/domain/standard-agenda';
import type { AgendaTemplate, TemplateItem, TemplateItemInput } from '../../../../shared/schemas';
import { db } from '../database';
import { ValidationError } from '../errors';
import { agendaRepo, templateRepo } from './agenda.repo';
import { bodyRepo } from './directory/body.repo';
import { meetingRepo } from './meeting.repo';
import { copyOutline, nextPosition, plannedContent, writeOutline } from './outline-write';

export type NewTemplateItem = Omit<TemplateItemInput, 'position'>;
export type TemplateItemChanges = Partial<Omit<TemplateItemInput, 'templateId' | 'parentId' | 'position'>>;

const TABLES = () => [db.agendaTemplates, db.templateItems, db.agendaItems, db.meetings, db.bodies];

/** The template new meetings of a body start from: the one marked standard, else the first. */
async function standardOf(bodyId: string): Promise<AgendaTemplate | undefined> {
  const templates = await templateRepo.forBody(bodyId);
  return templates.find((t) => t.isStandard) ?? templates[0];
}

/** Makes `templateId` the body's only standard template. */
async function makeStandard(bodyId: string, templateId: string): Promise<void> {
  for (const template of await templateRepo.forBody(bodyId)) {
    const isStandard = template.id === templateId;
    if (template.isStandard !== isStandard) await templateRepo.update(template.id, { isStandard });
  }
}

/** Editing the agenda templates of the bodies. */
export const templateEditRepo = {
  standardOf,

  /** A body without templates gets the usual agenda as its standard template. */
  async createStandard(bodyId: string): Promise<AgendaTemplate> {
    return db.transaction('rw', TABLES(), async () => {
      const existing = await standardOf(bodyId);
      if (existing) return existing;
      const body = await bodyRepo.require(bodyId);
      const template = await templateRepo.create({ bodyId, name: standardTemplateName(body.name), isStandard: true });
      await templateRepo.items.bulkCreate(
        STANDARD_AGENDA.map((item, index) => ({ ...item, templateId: template.id, position: index + 1 })),
      );
      return template;
    });
  },

  async appendItem(input: NewTemplateItem): Promise<TemplateItem> {
    return db.transaction('rw', TABLES(), async () => {
      const rows = await templateRepo.itemsOf(input.templateId);
      const parent = input.parentId ? rows.find((r) => r.id === input.parentId) : undefined;
      if (input.parentId && (!parent || parent.parentId)) {
        throw ValidationError.single('parentId', 'Ein Unterpunkt kann keine eigenen Unterpunkte haben.');
      }
      return templateRepo.items.create({ ...input, position: nextPosition(rows, input.parentId) });
    });
  },

  saveItem: (id: string, changes: TemplateItemChanges): Promise<TemplateItem> => templateRepo.items.update(id, changes),

  async reorder(templateId: string, outline: Outline): Promise<void> {
    await db.transaction('rw', TABLES(), async () => {
      const rows = await templateRepo.itemsOf(templateId);
      await writeOutline(rows, outline, (id, placement) => templateRepo.items.update(id, placement));
    });
  },

  /**
   * Template items are no official record: an item goes for good, with its sub-items. Returns them,
   * so "Rückgängig" can put them back.
   */
  async removeItem(id: string): Promise<TemplateItem[]> {
    return db.transaction('rw', TABLES(), async () => {
      const item = await templateRepo.items.require(id);
      const removed = [item, ...(await templateRepo.itemsOf(item.templateId)).filter((r) => r.parentId === id)];
      await db.templateItems.bulkDelete(removed.map((r) => r.id));
      return removed;
    });
  },

  /** Puts removed items back as they were. */
  restoreItems: async (items: readonly TemplateItem[]): Promise<void> => {
    await db.templateItems.bulkPut([...items]);
  },

  /** "Als Vorlage speichern": a meeting's agenda (without presenters, notes and results) as a new template. */
  async saveAgendaAsTemplate(meetingId: string, name: string, isStandard: boolean): Promise<AgendaTemplate> {
    return db.transaction('rw', TABLES(), async () => {
      const meeting = await meetingRepo.require(meetingId);
      const template = await templateRepo.create({ bodyId: meeting.bodyId, name, isStandard });
      if (isStandard) await makeStandard(meeting.bodyId, template.id);
      await copyOutline(await agendaRepo.forMeeting(meetingId), (item, placement) =>
        templateRepo.items.create({ templateId: template.id, ...placement, ...plannedContent(item) }),
      );
      return template;
    });
  },

  setStandard: (templateId: string): Promise<void> =>
    db.transaction('rw', TABLES(), async () => {
      const template = await templateRepo.require(templateId);
      if (template.bodyId) await makeStandard(template.bodyId, templateId);
    }),
};
