import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconPencil, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../app/routes';
import { bodyRepo } from '../../db/repos';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { useToday } from '../../ui/use-today';
import { BackToDirectory } from './BackToDirectory';
import { BodyDialog } from './BodyDialog';
import { BodyFacts } from './BodyFacts';
import { loadBodyPage } from './body-page-data';
import { ConfirmDialog } from './ConfirmDialog';
import { CountBadge } from './CountBadge';
import { DeleteButton } from './DeleteButton';
import { MeetingsList } from './MeetingsList';
import { MembershipDialog } from './MembershipDialog';
import { MembershipSection } from './MembershipSection';
import { SeatsTable } from './SeatsTable';
import { useDialog } from './use-dialog';

/** One body: its procedure, members by role, seats, deputies, history and meetings. */
export function BodyPage() {
  const { t } = useTranslation();
  const { bodyId = '' } = useParams();
  const navigate = useNavigate();
  const today = useToday();
  const data = useLiveQuery(() => loadBodyPage(bodyId, today), [bodyId, today]);
  const edit = useDialog();
  const addMember = useDialog();
  const remove = useDialog();

  if (data === undefined) return <LoadingState />;
  if (data === null) {
    return (
      <>
        <BackToDirectory tab="gremien" />
        <PageHeader title={t('directory.bodyNotFound')} />
        <EmptyHint text={t('directory.bodyNotFoundText')} />
      </>
    );
  }
  const { body, rows } = data;
  const deleteBody = async () => {
    await bodyRepo.remove(body.id);
    notify('success', t('directory.deletedTitle'), t('directory.bodyDeleted', { name: body.name }));
    navigate(paths.directoryTab('gremien'));
  };

  return (
    <>
      <BackToDirectory tab="gremien" />
      <PageHeader
        title={body.name}
        description={`${t(`status.bodyKind.${body.kind}`)} · ${body.code}`}
        actions={
          <Group gap="sm">
            <Button variant="default" leftSection={<IconPencil size="1rem" aria-hidden />} onClick={() => edit.open()}>
              {t('directory.edit')}
            </Button>
            {body.kind === 'arbeitskreis' && <DeleteButton onClick={() => remove.open()} />}
            <Button leftSection={<IconPlus size="1rem" aria-hidden />} onClick={() => addMember.open()}>
              {t('directory.addMember')}
            </Button>
          </Group>
        }
      />
      <Stack gap="xl">
        <Section title={t('directory.procedure')}>
          <BodyFacts body={body} actionField={data.actionField} />
        </Section>
        <MembershipSection
          title={t('directory.currentMembers')}
          groups={data.byRole.map((group) => ({
            key: group.role,
            title: t(`directory.roles.${group.role}`),
            rows: rows(group.members),
          }))}
          subject="person"
          emptyText={t('directory.noCurrentMembers')}
        />
        <Section title={t('directory.seats')} aside={<CountBadge count={data.seats.length} />}>
          {data.seats.length === 0 ? (
            <EmptyHint text={t('directory.noSeats')} />
          ) : (
            <SeatsTable seats={data.seats} label={t('directory.seats')} />
          )}
        </Section>
        <MembershipSection
          title={t('directory.deputies')}
          rows={rows(data.deputies)}
          subject="person"
          emptyText={t('directory.noDeputies')}
        />
        {data.startingLater.length > 0 && (
          <MembershipSection
            title={t('directory.startingLater')}
            rows={rows(data.startingLater)}
            subject="person"
            emptyText=""
          />
        )}
        <MembershipSection
          title={t('directory.formerMembers')}
          rows={rows(data.history)}
          subject="person"
          emptyText={t('directory.noFormerMembers')}
        />
        <Section title={t('directory.upcomingMeetings')} aside={<CountBadge count={data.upcomingMeetings.length} />}>
          {data.upcomingMeetings.length === 0 ? (
            <EmptyHint text={t('directory.noUpcomingMeetings')} icon={IconCalendarEvent} />
          ) : (
            <MeetingsList meetings={data.upcomingMeetings} />
          )}
        </Section>
        <Section title={t('directory.pastMeetings')} aside={<CountBadge count={data.pastMeetings.length} />}>
          {data.pastMeetings.length === 0 ? (
            <EmptyHint text={t('directory.noPastMeetings')} icon={IconCalendarEvent} />
          ) : (
            <MeetingsList meetings={data.pastMeetings} />
          )}
        </Section>
      </Stack>
      <BodyDialog key={edit.key} opened={edit.opened} onClose={edit.close} body={body} />
      <MembershipDialog
        key={`m-${addMember.key}`}
        opened={addMember.opened}
        onClose={addMember.close}
        preset={{ bodyId: body.id }}
      />
      <ConfirmDialog
        opened={remove.opened}
        onClose={remove.close}
        title={t('directory.deleteBodyTitle', { name: body.name })}
        confirmLabel={t('directory.delete')}
        danger
        onConfirm={deleteBody}
      >
        <Text>{t('directory.deleteBodyText')}</Text>
      </ConfirmDialog>
    </>
  );
}
