import { comparePersons } from '../../../../../shared/directory/person-name';
import { createSearch } from '../../../../../shared/directory/search';
import { PersonInput, type Organisation, type Person } from '../../../../../shared/schemas';
import { crud } from '../../crud';
import { db } from '../../database';
import { deletePerson } from './privacy.repo';

export const personRepo = {
  ...crud<Person, typeof PersonInput>(() => db.persons, PersonInput, 'Die Person'),
  /** Only for persons who appear nowhere; see `deletePerson`. */
  remove: deletePerson,
};

export interface PersonListEntry {
  person: Person;
  organisation?: Organisation;
}

/** All persons with their organisation, in German order of last and first name. */
export async function personList(): Promise<PersonListEntry[]> {
  const [persons, organisations] = await Promise.all([personRepo.all(), db.organisations.toArray()]);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return persons
    .sort(comparePersons)
    .map((person) => ({ person, organisation: byId.get(person.organisationId ?? '') }));
}

/** What a person is found by: name, function, organisation, e-mail and phone. */
export const personSearchFields = ({ person, organisation }: PersonListEntry): (string | undefined)[] => [
  person.title,
  person.firstName,
  person.lastName,
  person.function,
  person.email,
  person.phone,
  organisation?.name,
  organisation?.shortName,
];

/** Persons whose name, function, organisation, e-mail or phone contain every word of `query`. */
export async function searchPersons(query: string): Promise<PersonListEntry[]> {
  return createSearch(await personList(), personSearchFields)(query);
}
