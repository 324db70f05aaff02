import { z } from 'zod';
import { Id, RecordMeta, SoftDelete, optionalText, requiredText } from './common';
import { RichText } from './rich-text.schema';

export const AgendaItemKind = z.enum([
  'formalia',
  'bericht',
  'beratung',
  'beschluss',
  'empfehlung',
  'wahl',
  'verschiedenes',
]);

export const AgendaItemInput = z.object({
  meetingId: Id,
  /** Set for sub-items (TOP 2.1); sub-items have no sub-items of their own. */
  parentId: Id.optional(),
  /** Sort order among siblings; numbers (1, 2, 2.1) are computed from it. */
  position: z.number().finite(),
  kind: AgendaItemKind,
  title: requiredText('einen Titel für den Tagesordnungspunkt', 300),
  description: optionalText(10000),
  presenterPersonId: Id.optional(),
  presenterText: optionalText(200),
  plannedMinutes: z
    .number({ error: 'Bitte die geplante Dauer in Minuten angeben.' })
    .int({ error: 'Die Dauer wird in ganzen Minuten angegeben.' })
    .min(0, { error: 'Die Dauer kann nicht negativ sein.' })
    .max(600, { error: 'Ein Tagesordnungspunkt dauert höchstens 600 Minuten.' }),
  proposedResolution: optionalText(10000),
  /** Printed only on the chair's copy. */
  chairNotes: optionalText(5000),
  isPublic: z.boolean().default(true),
  /** Discussion notes written in the minutes. */
  notes: RichText.optional(),
  /** Increases with every minutes edit, so a stale window cannot overwrite silently. */
  revision: z.number().int().min(0).default(0),
});

export const AgendaItem = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...AgendaItemInput.shape });
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;
export type AgendaItemInput = z.input<typeof AgendaItemInput>;
export type AgendaItem = z.infer<typeof AgendaItem>;

/** Link of an agenda item to an action field (child table, not an array in the item). */
export const AgendaItemActionField = z.object({
  ...RecordMeta.shape,
  agendaItemId: Id,
  actionFieldId: Id,
});
export type AgendaItemActionField = z.infer<typeof AgendaItemActionField>;
