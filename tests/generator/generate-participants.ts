import { addDays } from '../../shared/domain/dates';
import { personDisplayName } from '../../shared/directory/person-name';
import { MEMBERSHIP_ROLE_LABELS } from '../../shared/directory/roles';
import {
  VOTING_ROLES,
  type AttendanceStatus,
  type InvitationReply,
  type ParticipantInput,
  type Person,
} from '../../shared/schemas';
import { participantRepo } from '../../renderer/src/db/repos';
import type { Directory } from './generate-directory';
import { bodyGroup, type ScheduledMeeting } from './generate-schedule';
import type { Random } from './random';
import { FEMALE_FIRST_NAMES, LAST_NAMES } from './vocabulary';

const GUESTS: Readonly<Record<string, readonly [number, number]>> = {
  BK: [5, 15],
  LK: [0, 2],
  RBB: [0, 0],
  AK: [0, 3],
};

/** Invitations, replies and attendance: every member on the meeting date, plus a few guests. */
function participantsOf(
  rng: Random,
  s: ScheduledMeeting,
  persons: ReadonlyMap<string, Person>,
  asOf: string,
): ParticipantInput[] {
  const sentOn = s.meeting.invitationSentOn;
  if (sentOn === undefined) return [];
  const repliedOn = () => {
    const date = addDays(sentOn, rng.int(1, 6));
    const latest = [addDays(s.meeting.date, -1), asOf].sort()[0]!;
    return date < latest ? date : latest;
  };
  const rows: Omit<ParticipantInput, 'position'>[] = s.members.map((m) => {
    const person = persons.get(m.personId)!;
    const reply = rng.weighted<InvitationReply>(
      s.held
        ? [
            ['zugesagt', 85],
            ['abgesagt', 12],
            ['vertreten', 3],
          ]
        : [
            ['zugesagt', 60],
            ['abgesagt', 10],
            ['offen', 30],
          ],
    );
    const attendance: AttendanceStatus = !s.held
      ? 'offen'
      : reply === 'vertreten'
        ? 'vertreten'
        : reply === 'abgesagt'
          ? 'entschuldigt'
          : 'anwesend';
    return {
      meetingId: s.meeting.id,
      personId: person.id,
      membershipId: m.id,
      displayName: personDisplayName(person),
      roleLabel: MEMBERSHIP_ROLE_LABELS[m.role],
      seat: m.seat,
      isVoting: VOTING_ROLES.includes(m.role),
      reply,
      repliedOn: reply === 'offen' ? undefined : repliedOn(),
      substituteName: reply === 'vertreten' ? `${rng.pick(FEMALE_FIRST_NAMES)} ${rng.pick(LAST_NAMES)}` : undefined,
      attendance,
    };
  });
  const [min, max] = GUESTS[bodyGroup(s)]!;
  for (const person of rng.sample([...persons.values()], rng.int(min, max))) {
    rows.push({
      meetingId: s.meeting.id,
      personId: person.id,
      displayName: personDisplayName(person),
      roleLabel: 'Gast',
      isGuest: true,
      reply: 'zugesagt',
      repliedOn: repliedOn(),
      attendance: s.held ? 'gast' : 'offen',
    });
  }
  return rows.map((row, i) => ({ ...row, position: i + 1 }));
}

export async function generateParticipants(
  rng: Random,
  schedule: readonly ScheduledMeeting[],
  directory: Directory,
  asOf: string,
): Promise<void> {
  const persons = new Map(directory.persons.map((p) => [p.id, p]));
  await participantRepo.bulkCreate(schedule.flatMap((s) => participantsOf(rng, s, persons, asOf)));
}
