import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/domain/dates';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { MeetingLink } from '../../ui/MeetingLink';
import { Section } from '../../ui/Section';
import { DeadlineBadge } from '../../ui/StatusBadges';
import { DateTile } from './DateTile';
import { loadUpcomingMeetings, type UpcomingMeeting } from './overview-data';

function UpcomingMeetingItem({ item }: { item: UpcomingMeeting }) {
  const { t } = useTranslation();
  const { meeting, body } = item;
  const details = [t('common.timeRange', { start: meeting.startTime, end: meeting.endTime }), meeting.location].filter(
    Boolean,
  );
  return (
    <Group component="li" wrap="nowrap" align="flex-start" gap="md">
      <DateTile isoDate={meeting.date} />
      <Stack gap={2} align="flex-start" style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600}>{body.name}</Text>
        <MeetingLink meeting={meeting} body={body.code} />
        {meeting.theme && <Text size="sm">{meeting.theme}</Text>}
        <Text size="sm" c="dimmed">
          {formatDate(meeting.date)} · {details.join(' · ')}
        </Text>
        <Group gap="xs" mt={4}>
          <DeadlineBadge state={item.deadlineState} />
          <Text size="sm">
            {meeting.invitationSentOn
              ? t('overview.invitationSent', { date: formatDate(meeting.invitationSentOn) })
              : t('overview.invitationDeadline', { date: formatDate(item.deadline) })}
          </Text>
        </Group>
      </Stack>
    </Group>
  );
}

export function UpcomingMeetings({ networkId, today }: { networkId: string; today: string }) {
  const { t } = useTranslation();
  const items = useLiveQuery(() => loadUpcomingMeetings(networkId, today), [networkId, today]);
  return (
    <Section
      title={t('overview.upcomingMeetings')}
      aside={items && items.length > 0 && <Badge variant="light">{items.length}</Badge>}
    >
      {!items ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <EmptyHint text={t('overview.noUpcomingMeetings')} icon={IconCalendarOff} />
      ) : (
        <Stack component="ul" gap="lg" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <UpcomingMeetingItem key={item.meeting.id} item={item} />
          ))}
        </Stack>
      )}
    </Section>
  );
}
