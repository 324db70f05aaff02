import type { AttendanceStatus, Participant, ParticipantInput } from '../../../../../shared/schemas';
import { personNamed, type PersonChoice } from '../session/session-choices';

/** Attendance of one participant as the row holds it. */
export interface AttendanceValues {
  attendance: AttendanceStatus;
  substitute: string;
  arrivedAt: string;
  leftAt: string;
}

export const attendanceValues = (p: Participant | undefined): AttendanceValues => ({
  attendance: p?.attendance ?? 'offen',
  substitute: p?.substituteName ?? '',
  arrivedAt: p?.arrivedAt ?? '',
  leftAt: p?.leftAt ?? '',
});

/** Members choose among these; guests are present as guests or not there. */
export const MEMBER_STATUSES: readonly AttendanceStatus[] = ['anwesend', 'entschuldigt', 'unentschuldigt', 'vertreten'];
export const GUEST_STATUSES: readonly AttendanceStatus[] = ['gast', 'entschuldigt', 'unentschuldigt'];

/**
 * The row as a change of the participant. A substitute typed with the exact name of one person in
 * the directory is linked to them; only "vertreten" keeps a substitute.
 */
export function attendanceChanges(
  values: AttendanceValues,
  people: readonly PersonChoice[],
): Partial<ParticipantInput> {
  const represented = values.attendance === 'vertreten';
  const substitute = represented ? values.substitute.trim() : '';
  return {
    attendance: values.attendance,
    substituteName: substitute || undefined,
    substitutePersonId: substitute ? personNamed(people, substitute)?.id : undefined,
    arrivedAt: values.arrivedAt || undefined,
    leftAt: values.leftAt || undefined,
  };
}

/** The attendance the invitation reply suggests, for everyone not yet recorded. */
export function attendanceFromReply(p: Participant): AttendanceStatus | undefined {
  if (p.attendance !== 'offen') return undefined;
  if (p.reply === 'zugesagt') return p.isGuest ? 'gast' : 'anwesend';
  if (p.reply === 'abgesagt') return 'entschuldigt';
  if (p.reply === 'vertreten') return 'vertreten';
  return undefined;
}
