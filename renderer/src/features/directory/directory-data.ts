import { comparePersons, personDisplayName } from '../../../../shared/directory/person-name';
import type { Body, Organisation, Person } from '../../../../shared/schemas';
import { bodyRepo, membershipRepo, organisationRepo, personRepo } from '../../db/repos';
import { sortGerman } from '../../../../shared/domain/search-text';
import { sortBodies } from '../../ui/sort-bodies';

export interface PersonRow {
  person: Person;
  name: string;
  organisation?: string;
}

export interface BodyRow {
  body: Body;
  memberCount: number;
}

export async function loadOrganisations(): Promise<Organisation[]> {
  return sortGerman(await organisationRepo.all(), (o) => o.name);
}

export async function loadPersons(): Promise<PersonRow[]> {
  const [persons, organisations] = await Promise.all([personRepo.all(), organisationRepo.all()]);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  return [...persons].sort(comparePersons).map((person) => ({
    person,
    name: personDisplayName(person),
    organisation: person.organisationId && orgName.get(person.organisationId),
  }));
}

export async function loadBodies(networkId: string, today: string): Promise<BodyRow[]> {
  const bodies = sortBodies(await bodyRepo.list(networkId));
  return Promise.all(
    bodies.map(async (body) => ({
      body,
      memberCount: (await membershipRepo.currentForBody(body.id, today)).filter((m) => !m.deletedAt).length,
    })),
  );
}
