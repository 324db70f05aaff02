import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { paths } from '../../app/routes';
import { DEFAULT_RETENTION_YEARS, personsForRetentionReview, settingsRepo } from '../../db/repos';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useToday } from '../../ui/use-today';
import { AnonymisePersonDialog } from './AnonymisePersonDialog';
import { BackToDirectory } from './BackToDirectory';
import { DeletePersonDialog } from './DeletePersonDialog';
import { RetentionYears } from './RetentionYears';
import { useDialog } from './use-dialog';

interface Named {
  id: string;
  name: string;
}

/** Persons without a membership for N years, to anonymise or delete (storage limitation, DSGVO Art. 5). */
export function RetentionPage() {
  const { t } = useTranslation();
  const today = useToday();
  const years = useLiveQuery(async () => (await settingsRepo.get<number>('retentionYears')) ?? DEFAULT_RETENTION_YEARS);
  const candidates = useLiveQuery(() => personsForRetentionReview(today), [today]);
  const anonymise = useDialog<Named>();
  const remove = useDialog<Named>();

  return (
    <>
      <BackToDirectory tab="personen" />
      <PageHeader title={t('directory.retentionReview')} description={t('directory.retentionIntro')} />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="lg">
          {years !== undefined && <RetentionYears key={years} years={years} />}
          {candidates === undefined ? (
            <LoadingState />
          ) : candidates.length === 0 ? (
            <EmptyHint text={t('directory.noRetentionCandidates')} icon={IconShieldCheck} />
          ) : (
            <Table.ScrollContainer minWidth="48rem">
              <Table striped verticalSpacing="sm" aria-label={t('directory.retentionReview')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('directory.name')}</Table.Th>
                    <Table.Th>{t('directory.reason')}</Table.Th>
                    <Table.Th>{t('directory.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {candidates.map(({ person, reason }) => {
                    const named = { id: person.id, name: personDisplayName(person) };
                    return (
                      <Table.Tr key={person.id}>
                        <Table.Td>
                          <Anchor component={Link} to={paths.person(person.id)} fz="sm" fw={600}>
                            {named.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Text fz="sm">{reason}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button size="compact-sm" variant="default" onClick={() => anonymise.open(named)}>
                              {t('directory.anonymise')}
                            </Button>
                            <Button size="compact-sm" variant="outline" color="red" onClick={() => remove.open(named)}>
                              {t('directory.delete')}
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
      <AnonymisePersonDialog opened={anonymise.opened} onClose={anonymise.close} person={anonymise.value} />
      <DeletePersonDialog opened={remove.opened} onClose={remove.close} person={remove.value} />
    </>
  );
}
