import type { ComboboxItem } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { personList } from '../../db/repos';

/** Persons of the directory as select options, "Dr. Jana Becker (Kreis Auenfeld)"; anonymised ones left out. */
export async function loadPersonOptions(): Promise<ComboboxItem[]> {
  return (await personList())
    .filter(({ person }) => !person.anonymisedAt)
    .map(({ person, organisation }) => {
      const name = personDisplayName(person);
      const org = organisation?.shortName ?? organisation?.name;
      return { value: person.id, label: org ? `${name} (${org})` : name };
    });
}

export const usePersonOptions = (): ComboboxItem[] | undefined => useLiveQuery(loadPersonOptions, []);
