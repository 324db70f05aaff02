import { Anchor, Badge, Button, Select } from '@mantine/core';
import { IconCalendarTime, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { paths } from '../../app/routes';
import { personList, personSearchFields, type PersonListEntry } from '../../db/repos';
import { ContactCell } from './ContactCell';
import { CsvButtons } from './CsvButtons';
import { germanOptionsFilter } from './german-options-filter';
import { PersonDialog } from './PersonDialog';
import { SearchableTable, type Column } from './SearchableTable';
import { useDialog } from './use-dialog';
import { useOrganisationOptions } from './use-organisation-options';
import { useClearButton } from './use-clear-button';

export function PersonsTab() {
  const { t } = useTranslation();
  const clear = useClearButton();
  const navigate = useNavigate();
  const persons = useLiveQuery(personList);
  const organisations = useOrganisationOptions();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const newPerson = useDialog();

  const columns: Column<PersonListEntry>[] = [
    {
      header: t('directory.name'),
      nowrap: true,
      sortText: ({ person }) => `${person.lastName} ${person.firstName}`,
      cell: ({ person }) => (
        <Anchor component={Link} to={paths.person(person.id)} fz="sm" fw={600}>
          {person.anonymisedAt ? (
            <Badge variant="light" color="gray" component="span">
              {t('directory.anonymised')}
            </Badge>
          ) : (
            personDisplayName(person)
          )}
        </Anchor>
      ),
    },
    {
      header: t('directory.function'),
      sortText: ({ person }) => person.function ?? '',
      cell: ({ person }) => person.function ?? t('common.notSet'),
    },
    {
      header: t('directory.organisation'),
      sortText: ({ organisation }) => organisation?.name ?? '',
      cell: ({ organisation }) => organisation?.name ?? t('common.notSet'),
    },
    { header: t('directory.contact'), cell: ({ person }) => <ContactCell person={person} /> },
  ];

  return (
    <>
      <SearchableTable
        items={persons}
        searchLabel={t('directory.searchPersons')}
        searchPlaceholder={t('directory.searchPersonsHint')}
        searchFields={personSearchFields}
        columns={columns}
        rowKey={({ person }) => person.id}
        emptyText={t('directory.emptyPersons')}
        filters={
          <Select
            label={t('directory.filterOrganisation')}
            placeholder={t('directory.allOrganisations')}
            data={organisations}
            value={organisationId}
            onChange={setOrganisationId}
            {...clear(t('directory.filterOrganisation'))}
            searchable
            filter={germanOptionsFilter}
            limit={50}
            w="20rem"
          />
        }
        filter={organisationId ? ({ person }) => person.organisationId === organisationId : undefined}
        actions={
          <>
            <Button
              variant="default"
              component={Link}
              to={paths.retentionReview}
              leftSection={<IconCalendarTime size="1rem" aria-hidden />}
            >
              {t('directory.retentionReview')}
            </Button>
            <CsvButtons target="persons" />
            <Button leftSection={<IconPlus size="1rem" aria-hidden />} onClick={() => newPerson.open()}>
              {t('directory.newPerson')}
            </Button>
          </>
        }
      />
      <PersonDialog
        key={newPerson.key}
        opened={newPerson.opened}
        onClose={newPerson.close}
        onSaved={(person) => navigate(paths.person(person.id))}
      />
    </>
  );
}
