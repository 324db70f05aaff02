import type { Participant } from '../../../../../shared/schemas';

/** How the minutes list who was there: by presence and role, as NRW minutes usually do. */
export type AttendanceGroup = 'voting' | 'advisory' | 'represented' | 'excused' | 'absent' | 'guests' | 'open';

export const ATTENDANCE_GROUP_ORDER: readonly AttendanceGroup[] = [
  'voting',
  'advisory',
  'represented',
  'excused',
  'absent',
  'guests',
  'open',
];

export function attendanceGroupOf(p: Participant): AttendanceGroup {
  switch (p.attendance) {
    case 'anwesend':
      return p.isGuest ? 'guests' : p.isVoting ? 'voting' : 'advisory';
    case 'gast':
      return 'guests';
    case 'vertreten':
      return 'represented';
    case 'entschuldigt':
      return 'excused';
    case 'unentschuldigt':
      return 'absent';
    case 'offen':
      return 'open';
  }
}

/** The participants by group, in list order, leaving out empty groups. */
export function groupAttendance(participants: readonly Participant[]): [AttendanceGroup, Participant[]][] {
  const sorted = [...participants].sort((a, b) => a.position - b.position);
  return ATTENDANCE_GROUP_ORDER.map(
    (group) => [group, sorted.filter((p) => attendanceGroupOf(p) === group)] as [AttendanceGroup, Participant[]],
  ).filter(([, members]) => members.length > 0);
}
