import { personDisplayName } from '../../../../shared/directory/person-name';
import { guestInvitee, memberInvitees, type InviteeSnapshot } from '../../../../shared/domain/invitees';
import type { InvitationReply, Meeting, Participant } from '../../../../shared/schemas';
import { db } from '../database';
import { ValidationError } from '../errors';
import { meetingRepo } from './meeting.repo';
import { membershipRepo } from './directory/membership.repo';
import { writeMinutesContent } from './minutes-lock';
import { participantRepo } from './participant.repo';
import { restoreRecords } from './restore';

const TABLES = () => [db.meetings, db.participants, db.memberships, db.persons, db.organisations, db.minutes];

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));

async function addInvitees(meetingId: string, invitees: readonly InviteeSnapshot[]): Promise<Participant[]> {
  if (invitees.length === 0) return [];
  const listed = await participantRepo.forMeeting(meetingId);
  const last = listed.reduce((max, p) => Math.max(max, p.position), 0);
  return participantRepo.bulkCreate(invitees.map((invitee, i) => ({ ...invitee, meetingId, position: last + i + 1 })));
}

/** Who is invited to a meeting and how they replied. */
export const invitationRepo = {
  /**
   * Invites the body's members on the meeting date (deputies come only when they represent
   * someone). Members already listed are kept as they are; returns how many were added.
   */
  async inviteBodyMembers(meetingId: string): Promise<number> {
    return db.transaction('rw', TABLES(), async () => {
      const meeting = await meetingRepo.require(meetingId);
      const [memberships, persons, organisations, listed] = await Promise.all([
        membershipRepo.currentForBody(meeting.bodyId, meeting.date),
        db.persons.toArray(),
        db.organisations.toArray(),
        participantRepo.forMeeting(meetingId),
      ]);
      const invited = new Set(listed.flatMap((p) => (p.personId ? [p.personId] : [])));
      const invitees = memberInvitees(
        memberships,
        { persons: byId(persons), organisations: byId(organisations) },
        invited,
      );
      return (await addInvitees(meetingId, invitees)).length;
    });
  },

  /** A guest from the directory or by name (with organisation, if given). */
  async addGuest(
    meetingId: string,
    guest: { personId: string } | { name: string; organisationName?: string },
  ): Promise<Participant> {
    return db.transaction('rw', TABLES(), async () => {
      await meetingRepo.require(meetingId);
      if ('name' in guest) {
        const [created] = await addInvitees(meetingId, [guestInvitee(guest)]);
        return created!;
      }
      const person = await db.persons.get(guest.personId);
      if (!person || person.deletedAt)
        throw ValidationError.single('personId', 'Bitte eine Person aus dem Verzeichnis auswählen.');
      const listed = await participantRepo.forMeeting(meetingId);
      if (listed.some((p) => p.personId === person.id)) {
        throw ValidationError.single('personId', 'Diese Person steht bereits auf der Einladungsliste.');
      }
      const organisation = person.organisationId ? await db.organisations.get(person.organisationId) : undefined;
      const [created] = await addInvitees(meetingId, [guestInvitee({ person, organisation })]);
      return created!;
    });
  },

  /**
   * Records a reply on `today`. "vertreten" names who comes instead: a person from the directory
   * (their name is kept as printed) or a typed name; other replies clear it.
   */
  async setReply(
    participantId: string,
    reply: InvitationReply,
    today: string,
    substitute: { personId?: string; name?: string } = {},
  ): Promise<Participant> {
    return db.transaction('rw', TABLES(), async () => {
      let substituteName = substitute.name?.trim() || undefined;
      let substitutePersonId: string | undefined;
      if (reply === 'vertreten' && substitute.personId) {
        const person = await db.persons.get(substitute.personId);
        if (!person || person.deletedAt)
          throw ValidationError.single('substitutePersonId', 'Die Vertretung wurde nicht gefunden.');
        substitutePersonId = person.id;
        substituteName = personDisplayName(person);
      }
      if (reply === 'vertreten' && !substituteName) {
        throw ValidationError.single('substituteName', 'Bitte angeben, wer die Vertretung übernimmt.');
      }
      const vertreten = reply === 'vertreten';
      return participantRepo.update(participantId, {
        reply,
        repliedOn: reply === 'offen' ? undefined : today,
        substitutePersonId: vertreten ? substitutePersonId : undefined,
        substituteName: vertreten ? substituteName : undefined,
      });
    });
  },

  /** Puts an invitee taken off the list (participantRepo.remove) back on it ("Rückgängig"). */
  async restore(participantId: string): Promise<void> {
    const participant = await db.participants.get(participantId);
    if (!participant) return;
    await writeMinutesContent([participant.meetingId], [db.participants], () =>
      restoreRecords(db.participants, [participantId]),
    );
  },

  /** Records the day the invitation went out; a planned meeting is then "eingeladen". */
  async markSent(meetingId: string, sentOn: string): Promise<Meeting> {
    return db.transaction('rw', TABLES(), async () => {
      const meeting = await meetingRepo.require(meetingId);
      return meetingRepo.update(meetingId, {
        invitationSentOn: sentOn,
        ...(meeting.status === 'geplant' ? { status: 'eingeladen' as const } : {}),
      });
    });
  },
};
