import { z } from 'zod';
import { ClockTime, Id, RecordMeta, SoftDelete, optionalText, requiredText } from './common';

export const BodyKind = z.enum(['bildungskonferenz', 'lenkungskreis', 'bildungsbuero', 'arbeitskreis']);
export const MinutesKind = z.enum(['ergebnisprotokoll', 'verlaufsprotokoll']);
/** At the next meeting, or deemed approved N days after sending without objection. */
export const ApprovalRule = z.enum(['naechste-sitzung', 'fristablauf']);

export const BodyInput = z
  .object({
    networkId: Id,
    kind: BodyKind,
    name: requiredText('den Namen des Gremiums', 200),
    /** Short code used in numbers: BK, LK, RBB, AK-KITA … */
    code: z
      .string()
      .trim()
      .regex(/^[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9-]{0,11}$/, {
        error: 'Das Kürzel besteht aus 1–12 Großbuchstaben, Ziffern oder Bindestrichen (z. B. LK, AK-KITA).',
      }),
    actionFieldId: Id.optional(),
    description: optionalText(5000),
    defaultLocation: optionalText(300),
    defaultStartTime: ClockTime.optional(),
    defaultDurationMinutes: z.number().int().min(15).max(24 * 60).optional(),
    /** Ladungsfrist in days. */
    noticeDays: z
      .number({ error: 'Bitte die Ladungsfrist in Tagen angeben.' })
      .int()
      .min(0, { error: 'Die Ladungsfrist kann nicht negativ sein.' })
      .max(90, { error: 'Die Ladungsfrist beträgt höchstens 90 Tage.' }),
    minutesKind: MinutesKind,
    approvalRule: ApprovalRule,
    /** Objection period for `fristablauf`. */
    objectionDays: z.number().int().min(1).max(90).optional(),
    /** Free-text quorum rule; consensus bodies usually have none. */
    quorumRule: optionalText(300),
  })
  .refine((b) => b.approvalRule !== 'fristablauf' || b.objectionDays !== undefined, {
    path: ['objectionDays'],
    error: 'Bitte die Einspruchsfrist in Tagen angeben.',
  });

export const Body = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...BodyInput.shape });
export type BodyKind = z.infer<typeof BodyKind>;
export type BodyInput = z.input<typeof BodyInput>;
export type Body = z.infer<typeof Body>;

/** The three bodies every network has; they cannot be deleted. */
export const FIXED_BODY_KINDS: readonly BodyKind[] = ['bildungskonferenz', 'lenkungskreis', 'bildungsbuero'];
