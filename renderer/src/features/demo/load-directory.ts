import { membershipRepo, organisationRepo, personRepo } from '../../db/repos';
import { MEMBERSHIPS } from './auenfeld-memberships';
import { ORGANISATIONS } from './auenfeld-organisations';
import { PERSONS } from './auenfeld-persons';
import { entriesOf, type DemoRefs } from './demo-refs';

export async function loadOrganisationsAndPersons(refs: DemoRefs): Promise<void> {
  const organisations = entriesOf(ORGANISATIONS);
  const createdOrganisations = await organisationRepo.bulkCreate(organisations.map(([, organisation]) => organisation));
  organisations.forEach(([key], i) => refs.organisations.set(key, createdOrganisations[i]!.id));

  const persons = entriesOf(PERSONS);
  const createdPersons = await personRepo.bulkCreate(
    persons.map(([, { org, ...person }]) => ({ ...person, organisationId: refs.organisations.id(org) })),
  );
  persons.forEach(([key], i) => refs.persons.set(key, createdPersons[i]!.id));
}

/** One by one, so the repository checks each against the body's earlier memberships. */
export async function loadMemberships(refs: DemoRefs): Promise<void> {
  for (const membership of MEMBERSHIPS) {
    const { person, body, represents, deputyOf, ...rest } = membership;
    const created = await membershipRepo.create({
      ...rest,
      personId: refs.persons.id(person),
      bodyId: refs.bodies.id(body),
      representedOrganisationId: refs.organisations.optional(represents),
      deputyOfPersonId: refs.persons.optional(deputyOf),
    });
    refs.memberships.set(membership, created.id);
  }
}
