import { personDisplayName } from '../../../../shared/directory/person-name';
import { InvitationReply, type Meeting, type Participant } from '../../../../shared/schemas';
import { membershipRepo, participantRepo, personRepo } from '../../db/repos';

export interface Deputy {
  personId: string;
  name: string;
}

export interface InviteeRow {
  participant: Participant;
  /** Business e-mail from the directory, if the invitee is a person there. */
  email?: string;
  /** The member's current deputies (Stellvertretungen), offered as "vertreten durch". */
  deputies: Deputy[];
}

export interface InvitationData {
  rows: InviteeRow[];
  counts: Record<InvitationReply, number>;
}

/** Who is invited to a meeting, their replies and deputies, counted by reply. */
export async function loadInvitation(meeting: Pick<Meeting, 'id' | 'bodyId' | 'date'>): Promise<InvitationData> {
  const [participants, memberships, persons] = await Promise.all([
    participantRepo.forMeeting(meeting.id),
    membershipRepo.currentForBody(meeting.bodyId, meeting.date),
    personRepo.all(),
  ]);
  const byId = new Map(persons.map((p) => [p.id, p]));
  const deputies = new Map<string, Deputy[]>();
  for (const m of memberships) {
    const deputy = byId.get(m.personId);
    if (m.role !== 'stellvertretung' || !m.deputyOfPersonId || !deputy) continue;
    const list = deputies.get(m.deputyOfPersonId) ?? [];
    deputies.set(m.deputyOfPersonId, [...list, { personId: deputy.id, name: personDisplayName(deputy) }]);
  }
  const counts = Object.fromEntries(InvitationReply.options.map((r) => [r, 0])) as Record<InvitationReply, number>;
  for (const p of participants) counts[p.reply] += 1;
  return {
    counts,
    rows: participants.map((participant) => ({
      participant,
      email: participant.personId ? byId.get(participant.personId)?.email : undefined,
      deputies: participant.personId ? (deputies.get(participant.personId) ?? []) : [],
    })),
  };
}
