import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/schemas';
import { loadOrganisations } from './directory-data';
import { SearchableTable, type Column } from './SearchableTable';

const searchFields = (o: Organisation) => [o.name, o.shortName, o.type, o.schoolForm, o.town, o.street];

export function OrganisationsTab() {
  const { t } = useTranslation();
  const organisations = useLiveQuery(loadOrganisations);
  const columns: Column<Organisation>[] = [
    {
      header: t('directory.name'),
      cell: (o) => (
        <>
          <Text fz="sm" fw={600}>
            {o.name}
          </Text>
          {o.shortName && (
            <Text size="sm" c="dimmed">
              {o.shortName}
            </Text>
          )}
        </>
      ),
    },
    { header: t('directory.type'), cell: (o) => [o.type, o.schoolForm].filter(Boolean).join(' · ') },
    {
      header: t('directory.address'),
      cell: (o) =>
        [o.street, [o.postalCode, o.town].filter(Boolean).join(' ')].filter(Boolean).join(', ') || t('common.notSet'),
    },
  ];
  return (
    <SearchableTable
      items={organisations}
      searchLabel={t('directory.searchOrganisations')}
      searchPlaceholder={t('directory.searchOrganisationsHint')}
      searchFields={searchFields}
      columns={columns}
      rowKey={(o) => o.id}
      emptyText={t('directory.emptyOrganisations')}
    />
  );
}
