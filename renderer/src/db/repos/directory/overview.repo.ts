import { bodyRoster, splitMeetings, type BodyRoster } from '../../../../../shared/directory/body-roster';
import { hasEndedBy, isCurrentOn } from '../../../../../shared/directory/membership-rules';
import type { PersonMembership, PersonParticipation } from '../../../../../shared/directory/person-data-export';
import type { Body, Meeting, Organisation, Person, Task } from '../../../../../shared/schemas';
import { db } from '../../database';
import { notDeleted } from '../../record';
import { OPEN_TASK_STATUSES } from '../task.repo';
import { bodyRepo } from './body.repo';
import { recordsById } from './lookup';
import { membershipRepo } from './membership.repo';
import { membershipsOfPerson, participationsOfPerson, requirePerson } from './person-data.repo';

export interface BodyOverview extends BodyRoster {
  body: Body;
  /** From `today` on, soonest first (cancelled ones included, with their status). */
  upcomingMeetings: Meeting[];
  /** Before `today`, latest first. */
  pastMeetings: Meeting[];
}

/*
 * The page queries below read without an explicit transaction: they run inside `useLiveQuery`,
 * where Dexie 4 loses an explicit transaction's zone across nested native awaits and fails with
 * PrematureCommitError in Chromium. A live query re-runs whenever a table it read changes, so the
 * page still settles on a consistent state.
 */

/** What a body page shows on `today` (ISO date): members by role, seats, deputies, history, meetings. */
export async function bodyOverview(bodyId: string, today: string): Promise<BodyOverview> {
  const body = await bodyRepo.require(bodyId);
  const memberships = await membershipRepo.forBody(bodyId);
  const persons = await recordsById(
    db.persons,
    memberships.flatMap((m) => [m.personId, m.deputyOfPersonId]),
  );
  const organisations = await recordsById(
    db.organisations,
    memberships.map((m) => m.representedOrganisationId),
  );
  const { upcoming, past } = splitMeetings(await db.meetings.where('bodyId').equals(bodyId).toArray(), today);
  return {
    body,
    ...bodyRoster(memberships, { persons, organisations }, today),
    upcomingMeetings: upcoming,
    pastMeetings: past,
  };
}

export interface PersonOverview {
  person: Person;
  organisation?: Organisation;
  /** Each with the organisation represented at the time, latest first. */
  currentMemberships: PersonMembership[];
  pastMemberships: PersonMembership[];
  futureMemberships: PersonMembership[];
  /** Invitations and attendance, latest meeting first. */
  attendance: PersonParticipation[];
  /** Open tasks the person owns, earliest due first. */
  openTasks: Task[];
}

/** What a person page shows on `today` (ISO date). */
export async function personOverview(personId: string, today: string): Promise<PersonOverview> {
  const person = await requirePerson(personId);
  const memberships = await membershipsOfPerson(personId);
  const tasks = await db.tasks.where('ownerPersonId').equals(personId).sortBy('dueDate');
  return {
    person,
    organisation: person.organisationId ? await db.organisations.get(person.organisationId) : undefined,
    currentMemberships: memberships.filter((m) => isCurrentOn(m.membership, today)),
    pastMemberships: memberships.filter((m) => hasEndedBy(m.membership, today)),
    futureMemberships: memberships.filter((m) => m.membership.from > today),
    attendance: await participationsOfPerson(personId),
    openTasks: tasks.filter((t) => notDeleted(t) && OPEN_TASK_STATUSES.includes(t.status)),
  };
}
