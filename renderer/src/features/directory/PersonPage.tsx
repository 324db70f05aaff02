import { Badge, Button, Group, Stack } from '@mantine/core';
import { IconCalendarStats, IconChecklist, IconPencil, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { useActiveNetwork } from '../../app/active-network';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { useToday } from '../../ui/use-today';
import { TasksTable } from '../tasks/TasksTable';
import { AttendanceTable } from './AttendanceTable';
import { BackToDirectory } from './BackToDirectory';
import { MembershipDialog } from './MembershipDialog';
import { MembershipSection } from './MembershipSection';
import { PersonDialog } from './PersonDialog';
import { PersonFacts } from './PersonFacts';
import { loadPersonPage } from './person-page-data';
import { PersonPrivacy } from './PersonPrivacy';
import { useDialog } from './use-dialog';

/** One person: contact data, memberships, meetings attended, open tasks and DSGVO rights. */
export function PersonPage() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const network = useActiveNetwork();
  const today = useToday();
  const data = useLiveQuery(() => loadPersonPage(personId, network.id, today), [personId, network.id, today]);
  const editPerson = useDialog();
  const addMembership = useDialog();

  if (data === undefined) return <LoadingState />;
  if (data === null) {
    return (
      <>
        <BackToDirectory tab="personen" />
        <PageHeader title={t('directory.personNotFound')} />
        <EmptyHint text={t('directory.personNotFoundText')} />
      </>
    );
  }
  const { person, organisation } = data;
  const anonymised = person.anonymisedAt !== undefined;
  const name = anonymised ? t('directory.anonymisedPerson') : personDisplayName(person);

  return (
    <>
      <BackToDirectory tab="personen" />
      <PageHeader
        title={name}
        description={
          <Group gap="xs" component="span">
            {anonymised && (
              <Badge variant="light" color="gray" component="span">
                {t('directory.anonymised')}
              </Badge>
            )}
            {[person.function, organisation?.name].filter(Boolean).join(' · ')}
          </Group>
        }
        actions={
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconPencil size="1rem" aria-hidden />}
              onClick={() => editPerson.open()}
              disabled={anonymised}
            >
              {t('directory.edit')}
            </Button>
            <Button leftSection={<IconPlus size="1rem" aria-hidden />} onClick={() => addMembership.open()}>
              {t('directory.addMembership')}
            </Button>
          </Group>
        }
      />
      <Stack gap="xl">
        <Section title={t('directory.contact')}>
          <PersonFacts person={person} organisation={organisation} />
        </Section>
        <MembershipSection
          title={t('directory.currentMemberships')}
          rows={data.current}
          subject="body"
          emptyText={t('directory.noCurrentMemberships')}
        />
        {data.future.length > 0 && (
          <MembershipSection title={t('directory.futureMemberships')} rows={data.future} subject="body" emptyText="" />
        )}
        <MembershipSection
          title={t('directory.pastMemberships')}
          rows={data.past}
          subject="body"
          emptyText={t('directory.noPastMemberships')}
        />
        <Section title={t('directory.attendanceHistory')}>
          {data.attendance.length === 0 ? (
            <EmptyHint text={t('directory.noAttendance')} icon={IconCalendarStats} />
          ) : (
            <AttendanceTable rows={data.attendance} label={t('directory.attendanceHistory')} />
          )}
        </Section>
        <Section title={t('directory.openTasks')}>
          {data.tasks.length === 0 ? (
            <EmptyHint text={t('directory.noOpenTasks')} icon={IconChecklist} />
          ) : (
            <TasksTable rows={data.tasks} />
          )}
        </Section>
        <PersonPrivacy person={{ id: person.id, name }} anonymised={anonymised} />
      </Stack>
      <PersonDialog key={editPerson.key} opened={editPerson.opened} onClose={editPerson.close} person={person} />
      <MembershipDialog
        key={`m-${addMembership.key}`}
        opened={addMembership.opened}
        onClose={addMembership.close}
        preset={{ personId: person.id }}
      />
    </>
  );
}
