import { z } from 'zod';
import { ClockTime, Id, IsoDate, IsoDateTime, RecordMeta, SoftDelete, optionalText } from './common';

const isClockTime = (value: string) => ClockTime.safeParse(value).success;

/** geplant → eingeladen → durchgeführt → protokoll-entwurf → protokoll-versandt → protokoll-genehmigt, or abgesagt. */
export const MeetingStatus = z.enum([
  'geplant',
  'eingeladen',
  'durchgefuehrt',
  'protokoll-entwurf',
  'protokoll-versandt',
  'protokoll-genehmigt',
  'abgesagt',
]);

export const MeetingInput = z
  .object({
    bodyId: Id,
    /** Counted per body and year ("2. Sitzung 2026"); computed by domain rules, not a key. */
    year: z.number().int().min(2000).max(2100),
    number: z.number().int().min(1).max(999),
    theme: optionalText(300),
    date: IsoDate,
    startTime: ClockTime,
    endTime: ClockTime,
    location: optionalText(300),
    isPublic: z.boolean().default(false),
    chairPersonId: Id.optional(),
    minuteTakerPersonId: Id.optional(),
    status: MeetingStatus.default('geplant'),
    cancelReason: optionalText(1000),
    invitationSentOn: IsoDate.optional(),
    /** Reply-by date printed in the invitation. */
    replyBy: IsoDate.optional(),
    /** Actual times, recorded in Sitzungsmodus. */
    actualStart: ClockTime.optional(),
    actualEnd: ClockTime.optional(),
    /** Item currently discussed in Sitzungsmodus. */
    currentAgendaItemId: Id.optional(),
    currentItemStartedAt: IsoDateTime.optional(),
  })
  .refine((m) => !isClockTime(m.startTime) || !isClockTime(m.endTime) || m.endTime > m.startTime, {
    path: ['endTime'],
    error: 'Das Ende muss nach dem Beginn liegen.',
  })
  .refine((m) => m.year === Number(m.date.slice(0, 4)), {
    path: ['year'],
    error: 'Das Sitzungsjahr passt nicht zum Datum.',
  });

export const Meeting = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...MeetingInput.shape });
export type MeetingStatus = z.infer<typeof MeetingStatus>;
export type MeetingInput = z.input<typeof MeetingInput>;
export type Meeting = z.infer<typeof Meeting>;
