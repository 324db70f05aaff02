import type {
  PersonData,
  PersonMembership,
  PersonParticipation,
} from '../../../../../shared/directory/person-data-export';
import type { Person } from '../../../../../shared/schemas';
import { db } from '../../database';
import { NotFoundError } from '../../errors';
import { notDeleted } from '../../record';
import { recordsById } from './lookup';

/** The tables that can hold a reference to a person. */
export const PERSON_DATA_TABLES = () => [
  db.persons,
  db.organisations,
  db.bodies,
  db.memberships,
  db.participants,
  db.meetings,
  db.minutes,
  db.minutesAmendments,
  db.agendaItems,
  db.results,
  db.tasks,
  db.measures,
];

export async function requirePerson(personId: string): Promise<Person> {
  const person = await db.persons.get(personId);
  if (!person || person.deletedAt) throw new NotFoundError('Die Person');
  return person;
}

export async function membershipsOfPerson(personId: string): Promise<PersonMembership[]> {
  const memberships = (await db.memberships.where('personId').equals(personId).toArray()).filter(notDeleted);
  const bodies = await recordsById(
    db.bodies,
    memberships.map((m) => m.bodyId),
  );
  const organisations = await recordsById(
    db.organisations,
    memberships.map((m) => m.representedOrganisationId),
  );
  const persons = await recordsById(
    db.persons,
    memberships.map((m) => m.deputyOfPersonId),
  );
  return memberships
    .sort((a, b) => b.from.localeCompare(a.from))
    .map((membership) => ({
      membership,
      body: bodies.get(membership.bodyId),
      representedOrganisation: organisations.get(membership.representedOrganisationId ?? ''),
      deputyOf: persons.get(membership.deputyOfPersonId ?? ''),
    }));
}

/** Invitations, attendance and substitutions, latest meeting first. */
export async function participationsOfPerson(personId: string): Promise<PersonParticipation[]> {
  const own = await db.participants.where('personId').equals(personId).toArray();
  const substituted = await db.participants.filter((p) => p.substitutePersonId === personId).toArray();
  const participants = [...own, ...substituted].filter(notDeleted);
  const meetings = await recordsById(
    db.meetings,
    participants.map((p) => p.meetingId),
  );
  const bodies = await recordsById(
    db.bodies,
    [...meetings.values()].map((m) => m.bodyId),
  );
  return participants
    .map((participant) => {
      const meeting = meetings.get(participant.meetingId);
      return {
        participant,
        meeting,
        body: bodies.get(meeting?.bodyId ?? ''),
        asSubstitute: participant.personId !== personId,
      };
    })
    .filter((p) => !p.meeting?.deletedAt)
    .sort((a, b) => (b.meeting?.date ?? '').localeCompare(a.meeting?.date ?? ''));
}

async function meetingRolesOfPerson(personId: string): Promise<PersonData['meetingRoles']> {
  const meetings = (
    await db.meetings.filter((m) => m.chairPersonId === personId || m.minuteTakerPersonId === personId).toArray()
  ).filter(notDeleted);
  const bodies = await recordsById(
    db.bodies,
    meetings.map((m) => m.bodyId),
  );
  return Promise.all(
    meetings
      .sort((a, b) => b.date.localeCompare(a.date))
      .map(async (meeting) => {
        const minutes = await db.minutes.where('meetingId').equals(meeting.id).first();
        const amendments = minutes
          ? await db.minutesAmendments.where('minutesId').equals(minutes.id).sortBy('date')
          : [];
        return {
          meeting,
          body: bodies.get(meeting.bodyId),
          chair: meeting.chairPersonId === personId,
          minuteTaker: meeting.minuteTakerPersonId === personId,
          minutes,
          amendments,
        };
      }),
  );
}

async function presentationsOfPerson(personId: string): Promise<PersonData['presentations']> {
  const items = (await db.agendaItems.filter((a) => a.presenterPersonId === personId).toArray()).filter(notDeleted);
  const meetings = await recordsById(
    db.meetings,
    items.map((a) => a.meetingId),
  );
  const bodies = await recordsById(
    db.bodies,
    [...meetings.values()].map((m) => m.bodyId),
  );
  return Promise.all(
    items.map(async (agendaItem) => {
      const meeting = meetings.get(agendaItem.meetingId);
      const results = (await db.results.where('agendaItemId').equals(agendaItem.id).toArray()).filter(notDeleted);
      return { agendaItem, meeting, body: bodies.get(meeting?.bodyId ?? ''), results };
    }),
  );
}

/** Everything stored about a person (DSGVO Art. 15), read in one transaction. */
export async function collectPersonData(personId: string): Promise<PersonData> {
  return db.transaction('r', PERSON_DATA_TABLES(), async () => {
    const person = await requirePerson(personId);
    return {
      person,
      organisation: person.organisationId ? await db.organisations.get(person.organisationId) : undefined,
      memberships: await membershipsOfPerson(personId),
      participations: await participationsOfPerson(personId),
      tasks: (await db.tasks.where('ownerPersonId').equals(personId).sortBy('dueDate')).filter(notDeleted),
      meetingRoles: await meetingRolesOfPerson(personId),
      presentations: await presentationsOfPerson(personId),
      measures: (await db.measures.where('leadPersonId').equals(personId).toArray()).filter(notDeleted),
    };
  });
}
