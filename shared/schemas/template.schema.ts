import { z } from 'zod';
import { Id, RecordMeta, SoftDelete, optionalText, requiredText } from './common';
import { AgendaItemKind } from './agenda-item.schema';

export const AgendaTemplateInput = z.object({
  bodyId: Id.optional(),
  name: requiredText('einen Namen für die Vorlage', 200),
  /** The body's standard agenda, offered first for a new meeting. */
  isStandard: z.boolean().default(false),
});
export const AgendaTemplate = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...AgendaTemplateInput.shape });
export type AgendaTemplateInput = z.input<typeof AgendaTemplateInput>;
export type AgendaTemplate = z.infer<typeof AgendaTemplate>;

export const TemplateItemInput = z.object({
  templateId: Id,
  parentId: Id.optional(),
  position: z.number().finite(),
  kind: AgendaItemKind,
  title: requiredText('einen Titel', 300),
  description: optionalText(10000),
  plannedMinutes: z.number().int().min(0).max(600),
  proposedResolution: optionalText(10000),
});
export const TemplateItem = z.object({ ...RecordMeta.shape, ...TemplateItemInput.shape });
export type TemplateItemInput = z.input<typeof TemplateItemInput>;
export type TemplateItem = z.infer<typeof TemplateItem>;
