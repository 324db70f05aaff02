import { Button, Select, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortGerman } from '../../../../shared/domain/search-text';
import type { Organisation } from '../../../../shared/schemas';
import { organisationRepo, organisationTypes } from '../../db/repos';
import { CsvButtons } from './CsvButtons';
import { DeleteOrganisationDialog } from './DeleteOrganisationDialog';
import { OrganisationDialog } from './OrganisationDialog';
import { RowActions } from './RowActions';
import { SearchableTable, type Column } from './SearchableTable';
import { useDialog } from './use-dialog';
import { useClearButton } from './use-clear-button';

const searchFields = (o: Organisation) => [o.name, o.shortName, o.type, o.schoolForm, o.town, o.street, o.postalCode];

const typeLabel = (o: Organisation) => [o.type, o.schoolForm].filter(Boolean).join(' · ');

/** The types in use and the configured ones, for the filter. */
const filterTypes = (organisations: readonly Organisation[], configured: readonly string[]) =>
  sortGerman([...new Set([...configured, ...organisations.map((o) => o.type)])], (type) => type);

export function OrganisationsTab() {
  const { t } = useTranslation();
  const clear = useClearButton();
  const organisations = useLiveQuery(() => organisationRepo.sorted());
  const types = useLiveQuery(organisationTypes) ?? [];
  const [type, setType] = useState<string | null>(null);
  const editDialog = useDialog<Organisation>();
  const deleteDialog = useDialog<Organisation>();

  const columns: Column<Organisation>[] = [
    {
      header: t('directory.name'),
      sortText: (o) => o.name,
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
    { header: t('directory.type'), sortText: typeLabel, cell: typeLabel },
    { header: t('directory.town'), sortText: (o) => o.town ?? '', cell: (o) => o.town ?? t('common.notSet') },
    { header: t('directory.address'), cell: (o) => o.street ?? t('common.notSet') },
    {
      header: t('directory.actions'),
      cell: (o) => <RowActions name={o.name} onEdit={() => editDialog.open(o)} onDelete={() => deleteDialog.open(o)} />,
    },
  ];

  return (
    <>
      <SearchableTable
        items={organisations}
        searchLabel={t('directory.searchOrganisations')}
        searchPlaceholder={t('directory.searchOrganisationsHint')}
        searchFields={searchFields}
        columns={columns}
        rowKey={(o) => o.id}
        emptyText={t('directory.emptyOrganisations')}
        filters={
          <Select
            label={t('directory.filterType')}
            placeholder={t('directory.allTypes')}
            data={filterTypes(organisations ?? [], types)}
            value={type}
            onChange={setType}
            {...clear(t('directory.filterType'))}
            searchable
            w="18rem"
          />
        }
        filter={type ? (o) => o.type === type : undefined}
        actions={
          <>
            <CsvButtons target="organisations" />
            <Button leftSection={<IconPlus size="1rem" aria-hidden />} onClick={() => editDialog.open()}>
              {t('directory.newOrganisation')}
            </Button>
          </>
        }
      />
      <OrganisationDialog
        key={editDialog.key}
        opened={editDialog.opened}
        onClose={editDialog.close}
        organisation={editDialog.value}
      />
      <DeleteOrganisationDialog
        opened={deleteDialog.opened}
        onClose={deleteDialog.close}
        organisation={deleteDialog.value}
      />
    </>
  );
}
