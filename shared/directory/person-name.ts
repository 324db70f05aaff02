import { compareGerman } from '../domain/search-text';
import type { Person } from '../schemas';

type NamedPerson = Pick<Person, 'title' | 'firstName' | 'lastName'>;

/** "Dr. Jana Becker" */
export const personDisplayName = (person: NamedPerson): string =>
  [person.title, person.firstName, person.lastName].filter((part) => part?.trim()).join(' ');

/** German list order: by last name, then first name (Ä sorts with A). */
export const comparePersons = (a: NamedPerson, b: NamedPerson): number =>
  compareGerman(a.lastName, b.lastName) || compareGerman(a.firstName, b.firstName);
