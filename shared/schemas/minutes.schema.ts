import { z } from 'zod';
import { Id, IsoDate, RecordMeta, optionalText, requiredText } from './common';

/** Entwurf → versandt → (einwaende) → genehmigt. */
export const MinutesStatus = z.enum(['entwurf', 'versandt', 'einwaende', 'genehmigt']);

export const MinutesInput = z.object({
  meetingId: Id,
  status: MinutesStatus.default('entwurf'),
  sentOn: IsoDate.optional(),
  objections: optionalText(10000),
  approvedOn: IsoDate.optional(),
  approvedInMeetingId: Id.optional(),
  /** Approved because the objection period passed without objection. */
  deemedApproved: z.boolean().default(false),
  /** SHA-256 (hex) of the canonical form of the approved content. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** The canonical content the fingerprint was computed from, kept verbatim. */
  approvedContent: z.string().optional(),
  revision: z.number().int().min(0).default(0),
});

export const Minutes = z.object({ ...RecordMeta.shape, ...MinutesInput.shape });
export type MinutesStatus = z.infer<typeof MinutesStatus>;
export type MinutesInput = z.input<typeof MinutesInput>;
export type Minutes = z.infer<typeof Minutes>;

/** A correction of approved minutes: never an edit, always a recorded amendment. */
export const MinutesAmendmentInput = z.object({
  minutesId: Id,
  date: IsoDate,
  reason: requiredText('den Grund der Berichtigung', 1000),
  text: requiredText('den Text der Berichtigung', 10000),
});
export const MinutesAmendment = z.object({ ...RecordMeta.shape, ...MinutesAmendmentInput.shape });
export type MinutesAmendmentInput = z.input<typeof MinutesAmendmentInput>;
export type MinutesAmendment = z.infer<typeof MinutesAmendment>;
