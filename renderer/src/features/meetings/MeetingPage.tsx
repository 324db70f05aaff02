import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconChecklist, IconListNumbers } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates';
import { invitationDeadline, invitationDeadlineState } from '../../../../shared/domain/deadline';
import { useActiveNetwork } from '../../app/active-network';
import { paths } from '../../app/routes';
import { longDate } from '../../ui/calendar-parts';
import { EmptyHint } from '../../ui/EmptyHint';
import { Facts } from '../../ui/Facts';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { DeadlineBadge, MeetingStatusBadge } from '../../ui/StatusBadges';
import { useToday } from '../../ui/use-today';
import { MeetingDocumentsMenu } from '../documents/DocumentMenus';
import { TasksTable } from '../tasks/TasksTable';
import { loadMeetingDetail, type MeetingDetail } from './meeting-data';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.meetings} size="sm" display="inline-block" mb="xs">
      <Group gap={4} component="span">
        <IconArrowLeft size="1rem" aria-hidden />
        {t('meetings.backToList')}
      </Group>
    </Anchor>
  );
}

function MeetingFacts({ detail, today }: { detail: MeetingDetail; today: string }) {
  const { t, i18n } = useTranslation();
  const { meeting, body } = detail;
  const deadline = invitationDeadline(meeting.date, body.noticeDays);
  return (
    <Facts
      items={[
        { label: t('meetings.date'), value: longDate(meeting.date, i18n.language) },
        { label: t('meetings.time'), value: t('common.timeRange', { start: meeting.startTime, end: meeting.endTime }) },
        { label: t('meetings.location'), value: meeting.location ?? t('common.notSet') },
        { label: t('meetings.status'), value: <MeetingStatusBadge status={meeting.status} /> },
        {
          label: t('meetings.invitation'),
          value: (
            <Group gap="xs">
              <DeadlineBadge state={invitationDeadlineState(today, deadline, meeting.invitationSentOn)} />
              <Text size="sm">
                {meeting.invitationSentOn
                  ? t('overview.invitationSent', { date: formatDate(meeting.invitationSentOn) })
                  : t('overview.invitationDeadline', { date: formatDate(deadline) })}
              </Text>
            </Group>
          ),
        },
        { label: t('meetings.public'), value: meeting.isPublic ? t('common.yes') : t('common.no') },
      ]}
    />
  );
}

/** Read-only view of one meeting; editing comes with the meetings feature. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const network = useActiveNetwork();
  const today = useToday();
  const detail = useLiveQuery(() => loadMeetingDetail(meetingId, network.id, today), [meetingId, network.id, today]);

  if (detail === undefined) return <LoadingState />;
  if (detail === null) {
    return (
      <>
        <BackLink />
        <PageHeader title={t('meetings.notFound')} />
      </>
    );
  }
  const { meeting, body, agenda, tasks } = detail;
  return (
    <>
      <BackLink />
      <PageHeader
        title={`${body.name}: ${t('common.meetingTitle', { number: meeting.number, year: meeting.year })}`}
        description={meeting.theme}
        actions={<MeetingDocumentsMenu meeting={meeting} />}
      />
      <Stack gap="xl">
        <Section title={t('meetings.facts')}>
          <MeetingFacts detail={detail} today={today} />
        </Section>
        <Section title={t('meetings.agenda')}>
          {agenda.length === 0 ? (
            <EmptyHint text={t('meetings.noAgenda')} icon={IconListNumbers} />
          ) : (
            <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
              {agenda.map(({ item, number, depth }) => (
                <Group component="li" key={item.id} gap="sm" wrap="nowrap" align="baseline" pl={depth ? 'xl' : 0}>
                  <Text fw={600} w="4.5rem" style={{ flex: 'none' }}>
                    {t('meetings.agendaNumber', { number })}
                  </Text>
                  <Text>{item.title}</Text>
                </Group>
              ))}
            </Stack>
          )}
        </Section>
        <Section title={t('meetings.tasks')}>
          {tasks.length === 0 ? (
            <EmptyHint text={t('meetings.noTasks')} icon={IconChecklist} />
          ) : (
            <TasksTable rows={tasks} showOrigin={false} />
          )}
        </Section>
      </Stack>
    </>
  );
}
