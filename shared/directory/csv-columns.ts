import type { Organisation, Person } from '../schemas';
import type { CsvColumn } from './csv-write';
import { exportHeader, ORGANISATION_FIELDS, PERSON_FIELDS, type PersonField } from './import-fields';
import { SALUTATION_LABELS } from './person-import';

/**
 * Export columns with the headers `suggestMapping` recognises, so an exported file imports again
 * without changing the mapping.
 */
export function personCsvColumns(organisationName: (id: string) => string | undefined): CsvColumn<Person>[] {
  const value =
    (field: PersonField) =>
    (person: Person): string | undefined => {
      if (field === 'salutation') return SALUTATION_LABELS[person.salutation];
      if (field === 'organisation') return person.organisationId && organisationName(person.organisationId);
      return person[field];
    };
  return PERSON_FIELDS.map((field) => ({ header: exportHeader('persons', field), value: value(field) }));
}

export const organisationCsvColumns = (): CsvColumn<Organisation>[] =>
  ORGANISATION_FIELDS.map((field) => ({ header: exportHeader('organisations', field), value: (o) => o[field] }));
