import { comparePersons, personDisplayName } from '../directory/person-name';
import { MEMBERSHIP_ROLE_LABELS, ROLE_ORDER } from '../directory/roles';
import { VOTING_ROLES, type Membership, type Organisation, type ParticipantInput, type Person } from '../schemas';

export type InviteeSnapshot = Omit<ParticipantInput, 'meetingId' | 'position'>;

type Lookup = { persons: ReadonlyMap<string, Person>; organisations: ReadonlyMap<string, Organisation> };

/**
 * The invitees a body's current memberships give, in list order (by role, then name): every member
 * except deputies, who come only when they represent someone. Name, organisation, role and seat
 * are snapshots, so printed lists stay as printed. Persons already invited are left out.
 */
export function memberInvitees(
  memberships: readonly Membership[],
  lookup: Lookup,
  alreadyInvited: ReadonlySet<string>,
): InviteeSnapshot[] {
  const rank = (m: Membership) => ROLE_ORDER.indexOf(m.role);
  return memberships
    .filter((m) => m.role !== 'stellvertretung' && !alreadyInvited.has(m.personId))
    .flatMap((m) => {
      const person = lookup.persons.get(m.personId);
      return person && !person.deletedAt ? [{ membership: m, person }] : [];
    })
    .sort((a, b) => rank(a.membership) - rank(b.membership) || comparePersons(a.person, b.person))
    .map(({ membership, person }) => {
      const organisation = lookup.organisations.get(
        membership.representedOrganisationId ?? person.organisationId ?? '',
      );
      return {
        personId: person.id,
        membershipId: membership.id,
        displayName: personDisplayName(person),
        organisationName: organisation?.name,
        roleLabel: MEMBERSHIP_ROLE_LABELS[membership.role],
        seat: membership.seat,
        isVoting: VOTING_ROLES.includes(membership.role),
      };
    });
}

/** A guest from the directory, or one typed by name. */
export function guestInvitee(
  guest: { person: Person; organisation?: Organisation } | { name: string; organisationName?: string },
): InviteeSnapshot {
  if ('person' in guest) {
    return {
      personId: guest.person.id,
      displayName: personDisplayName(guest.person),
      organisationName: guest.organisation?.name,
      roleLabel: 'Gast',
      isGuest: true,
    };
  }
  return { displayName: guest.name, organisationName: guest.organisationName, roleLabel: 'Gast', isGuest: true };
}
