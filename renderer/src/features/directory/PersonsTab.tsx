import { Anchor, Badge, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { loadPersons, type PersonRow } from './directory-data';
import { SearchableTable, type Column } from './SearchableTable';

const searchFields = ({ person, name, organisation }: PersonRow) => [name, person.function, organisation, person.email];

export function PersonsTab() {
  const { t } = useTranslation();
  const persons = useLiveQuery(loadPersons);
  const columns: Column<PersonRow>[] = [
    {
      header: t('directory.name'),
      cell: ({ person, name }) =>
        person.anonymisedAt ? (
          <Badge variant="light" color="gray">
            {t('directory.anonymised')}
          </Badge>
        ) : (
          <Text fz="sm" fw={600}>
            {name}
          </Text>
        ),
    },
    { header: t('directory.function'), cell: ({ person }) => person.function ?? t('common.notSet') },
    { header: t('directory.organisation'), cell: ({ organisation }) => organisation ?? t('common.notSet') },
    {
      header: t('directory.email'),
      cell: ({ person }) =>
        person.email ? <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor> : t('common.notSet'),
    },
    { header: t('directory.phone'), cell: ({ person }) => person.phone ?? t('common.notSet') },
  ];
  return (
    <SearchableTable
      items={persons}
      searchLabel={t('directory.searchPersons')}
      searchPlaceholder={t('directory.searchPersonsHint')}
      searchFields={searchFields}
      columns={columns}
      rowKey={(row) => row.person.id}
      emptyText={t('directory.emptyPersons')}
    />
  );
}
