import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates';
import type { Meeting } from '../../../../shared/schemas';
import { paths } from '../../app/routes';
import { MeetingStatusBadge } from '../../ui/StatusBadges';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export function MeetingsTable({ meetings }: { meetings: readonly Meeting[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth="44rem">
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meetings.number')}</Table.Th>
            <Table.Th>{t('meetings.date')}</Table.Th>
            <Table.Th>{t('meetings.time')}</Table.Th>
            <Table.Th>{t('meetings.theme')}</Table.Th>
            <Table.Th>{t('meetings.location')}</Table.Th>
            <Table.Th>{t('meetings.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((meeting) => (
            <Table.Tr key={meeting.id}>
              <Table.Td style={NO_WRAP}>
                <Anchor component={Link} to={paths.meeting(meeting.id)} fw={500}>
                  {t('common.meetingTitle', { number: meeting.number, year: meeting.year })}
                </Anchor>
              </Table.Td>
              <Table.Td style={NO_WRAP}>{formatDate(meeting.date)}</Table.Td>
              <Table.Td style={NO_WRAP}>
                {t('common.timeRange', { start: meeting.startTime, end: meeting.endTime })}
              </Table.Td>
              <Table.Td>{meeting.theme ?? t('common.notSet')}</Table.Td>
              <Table.Td>
                <Text size="sm">{meeting.location ?? t('common.notSet')}</Text>
              </Table.Td>
              <Table.Td>
                <MeetingStatusBadge status={meeting.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
