import { z } from 'zod';
import { Id, IsoDate, RecordMeta, SoftDelete, optionalText, requiredText } from './common';

export const TaskStatus = z.enum(['offen', 'in-arbeit', 'erledigt', 'verschoben', 'entfallen']);
export const TaskOwnerKind = z.enum(['person', 'organisation', 'body']);

export const TaskInput = z
  .object({
    title: requiredText('was zu tun ist', 500),
    description: optionalText(5000),
    ownerKind: TaskOwnerKind,
    ownerPersonId: Id.optional(),
    ownerOrganisationId: Id.optional(),
    ownerBodyId: Id.optional(),
    dueDate: IsoDate,
    status: TaskStatus.default('offen'),
    completedOn: IsoDate.optional(),
    meetingId: Id.optional(),
    agendaItemId: Id.optional(),
    resultId: Id.optional(),
    actionFieldId: Id.optional(),
    measureId: Id.optional(),
    position: z.number().finite().default(0),
  })
  .refine(
    (t) =>
      (t.ownerKind === 'person' && t.ownerPersonId !== undefined) ||
      (t.ownerKind === 'organisation' && t.ownerOrganisationId !== undefined) ||
      (t.ownerKind === 'body' && t.ownerBodyId !== undefined),
    { path: ['ownerKind'], error: 'Bitte angeben, wer die Aufgabe übernimmt.' },
  );

export const Task = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...TaskInput.shape });
export type TaskStatus = z.infer<typeof TaskStatus>;
export type TaskInput = z.input<typeof TaskInput>;
export type Task = z.infer<typeof Task>;
