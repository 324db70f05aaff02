import { addDays } from '../../../../shared/domain/dates';
import { isCurrentOn } from '../../../../shared/directory/membership-rules';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { MEMBERSHIP_ROLE_LABELS } from '../../../../shared/directory/roles';
import {
  VOTING_ROLES,
  type AttendanceStatus,
  type InvitationReply,
  type MeetingStatus,
  type ParticipantInput,
} from '../../../../shared/schemas';
import { MEMBERSHIPS } from './auenfeld-memberships';
import { DEMO_AS_OF } from './auenfeld-network';
import { ORGANISATIONS } from './auenfeld-organisations';
import { PERSONS, type DemoPerson, type PersonKey } from './auenfeld-persons';
import type { DemoAttendance, DemoMeeting } from './demo-model';
import type { DemoRefs } from './demo-refs';

const HELD: readonly MeetingStatus[] = [
  'durchgefuehrt',
  'protokoll-entwurf',
  'protokoll-versandt',
  'protokoll-genehmigt',
];

type Row = Omit<ParticipantInput, 'meetingId' | 'position' | 'repliedOn'>;

const nameOf = (key: PersonKey): string => {
  const { title, firstName = '', lastName }: DemoPerson = PERSONS[key];
  return personDisplayName({ title, firstName, lastName });
};

const organisationOf = (key: PersonKey): string => ORGANISATIONS[PERSONS[key].org].name;

/** Replies come in over the days after the invitation, by the reply date and never after the demo's "today". */
function replyDate(meeting: DemoMeeting, sentOn: string, index: number): string {
  const latest = [meeting.replyBy ?? addDays(meeting.date, -1), DEMO_AS_OF].sort()[0]!;
  const date = addDays(sentOn, 1 + (index % 6));
  return date < latest ? date : latest;
}

/** Every person the attendance lists must be invited as a member; anything else is a data error. */
function checkListed(spec: DemoAttendance, members: readonly PersonKey[], meeting: DemoMeeting): void {
  const listed = [...(spec.excused ?? []), ...(spec.noReply ?? []), ...(spec.represented ?? []).map((r) => r.person)];
  const stray = listed.find((person) => !members.includes(person));
  if (stray) throw new Error(`Beispieldaten: ${nameOf(stray)} ist am ${meeting.date} nicht Mitglied (${meeting.key}).`);
}

/**
 * Invitations, replies and attendance of a demo meeting: the body's members on the meeting date
 * (deputies only when they represent someone), then bureau staff, then guests. Nobody is invited
 * before the invitation goes out.
 */
export function demoParticipants(meeting: DemoMeeting, meetingId: string, refs: DemoRefs): ParticipantInput[] {
  const sentOn = meeting.invitationSentOn;
  if (sentOn === undefined) return [];
  const held = HELD.includes(meeting.status);
  const spec = meeting.attendance ?? {};
  const members = MEMBERSHIPS.filter(
    (m) => m.body === meeting.body && m.role !== 'stellvertretung' && isCurrentOn(m, meeting.date),
  );
  checkListed(
    spec,
    members.map((m) => m.person),
    meeting,
  );

  const rows: Row[] = members.map((membership) => {
    const { person } = membership;
    const represented = spec.represented?.find((r) => r.person === person);
    const excused = spec.excused?.includes(person) ?? false;
    const noReply = spec.noReply?.includes(person) ?? false;
    const reply: InvitationReply = represented ? 'vertreten' : excused ? 'abgesagt' : noReply ? 'offen' : 'zugesagt';
    const attendance: AttendanceStatus = !held
      ? 'offen'
      : represented
        ? 'vertreten'
        : excused
          ? 'entschuldigt'
          : noReply
            ? 'unentschuldigt'
            : 'anwesend';
    return {
      personId: refs.persons.id(person),
      membershipId: refs.memberships.id(membership),
      displayName: nameOf(person),
      organisationName: ORGANISATIONS[membership.represents ?? PERSONS[person].org].name,
      roleLabel: MEMBERSHIP_ROLE_LABELS[membership.role],
      seat: membership.seat,
      isVoting: VOTING_ROLES.includes(membership.role),
      reply,
      attendance,
      substitutePersonId: represented && refs.persons.id(represented.by),
      substituteName: represented && nameOf(represented.by),
    };
  });

  for (const person of spec.staff ?? []) {
    rows.push({
      personId: refs.persons.id(person),
      displayName: nameOf(person),
      organisationName: organisationOf(person),
      roleLabel: 'Regionales Bildungsbüro',
      reply: 'zugesagt',
      attendance: held ? 'anwesend' : 'offen',
    });
  }

  for (const guest of spec.guests ?? []) {
    const known = 'person' in guest;
    rows.push({
      personId: known ? refs.persons.id(guest.person) : undefined,
      displayName: known ? nameOf(guest.person) : guest.name,
      organisationName: known ? organisationOf(guest.person) : guest.organisation,
      roleLabel: guest.role ?? 'Gast',
      isGuest: true,
      reply: 'zugesagt',
      attendance: held ? 'gast' : 'offen',
    });
  }

  return rows.map((row, index) => ({
    ...row,
    meetingId,
    position: index + 1,
    repliedOn: row.reply === 'offen' ? undefined : replyDate(meeting, sentOn, index),
  }));
}
