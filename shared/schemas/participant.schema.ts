import { z } from 'zod';
import { ClockTime, Id, IsoDate, RecordMeta, SoftDelete, optionalText, requiredText } from './common';

export const InvitationReply = z.enum(['offen', 'zugesagt', 'abgesagt', 'vertreten']);
export const AttendanceStatus = z.enum(['offen', 'anwesend', 'entschuldigt', 'unentschuldigt', 'vertreten', 'gast']);

/**
 * One person's part in one meeting: invitation, reply and attendance.
 * Name, organisation and role are snapshots, so printed lists stay as they were printed.
 */
export const ParticipantInput = z.object({
  meetingId: Id,
  personId: Id.optional(),
  membershipId: Id.optional(),
  displayName: requiredText('den Namen', 200),
  organisationName: optionalText(200),
  roleLabel: optionalText(120),
  seat: optionalText(200),
  isVoting: z.boolean().default(false),
  isGuest: z.boolean().default(false),
  invited: z.boolean().default(true),
  reply: InvitationReply.default('offen'),
  repliedOn: IsoDate.optional(),
  /** For reply/attendance `vertreten`: who comes instead (a person or typed name). */
  substitutePersonId: Id.optional(),
  substituteName: optionalText(200),
  attendance: AttendanceStatus.default('offen'),
  arrivedAt: ClockTime.optional(),
  leftAt: ClockTime.optional(),
  position: z.number().finite().default(0),
});

export const Participant = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...ParticipantInput.shape });
export type InvitationReply = z.infer<typeof InvitationReply>;
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;
export type ParticipantInput = z.input<typeof ParticipantInput>;
export type Participant = z.infer<typeof Participant>;
