import { z } from 'zod';
import { Id, IsoDate, RecordMeta, SoftDelete, optionalText, requiredText } from './common';

export const ResultKind = z.enum(['kenntnisnahme', 'beschluss', 'empfehlung']);
export const VoteMode = z.enum(['konsens', 'abstimmung']);
export const ResultOutcome = z.enum(['angenommen', 'abgelehnt', 'vertagt']);
export const FollowUpStatus = z.enum(['offen', 'in-umsetzung', 'umgesetzt', 'abgelehnt']);

const count = z.number().int().min(0, { error: 'Stimmen können nicht negativ sein.' }).max(999);

export const ResultInput = z
  .object({
    meetingId: Id,
    agendaItemId: Id,
    kind: ResultKind,
    text: optionalText(20000),
    /** "B-LK-2026-03" or "E-2026-01"; computed by domain rules. */
    year: z.number().int().min(2000).max(2100).optional(),
    sequence: z.number().int().min(1).max(999).optional(),
    label: z.string().trim().max(40).optional(),
    /** For an Empfehlung: Schulträger, Schulaufsicht, a committee … */
    addressee: optionalText(300),
    voteMode: VoteMode.optional(),
    votesYes: count.optional(),
    votesNo: count.optional(),
    votesAbstain: count.optional(),
    outcome: ResultOutcome.optional(),
    followUpStatus: FollowUpStatus.default('offen'),
    position: z.number().finite().default(0),
  })
  .refine((r) => r.kind === 'kenntnisnahme' || (r.text ?? '').trim().length > 0, {
    path: ['text'],
    error: 'Ein Beschluss oder eine Empfehlung braucht den genauen Wortlaut.',
  })
  .refine(
    (r) =>
      r.voteMode !== 'abstimmung' ||
      (r.votesYes !== undefined && r.votesNo !== undefined && r.votesAbstain !== undefined),
    { path: ['votesYes'], error: 'Bitte Ja-, Nein-Stimmen und Enthaltungen angeben.' },
  );

export const Result = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...ResultInput.shape });
export type ResultKind = z.infer<typeof ResultKind>;
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;
export type ResultInput = z.input<typeof ResultInput>;
export type Result = z.infer<typeof Result>;

/** What was reported on a resolution or recommendation since it was made. */
export const ResultUpdateInput = z.object({
  resultId: Id,
  date: IsoDate,
  text: requiredText('den Sachstand', 5000),
  meetingId: Id.optional(),
});
export const ResultUpdate = z.object({ ...RecordMeta.shape, ...ResultUpdateInput.shape });
export type ResultUpdateInput = z.input<typeof ResultUpdateInput>;
export type ResultUpdate = z.infer<typeof ResultUpdate>;
