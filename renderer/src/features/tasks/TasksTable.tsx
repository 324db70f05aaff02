import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/domain/dates';
import { MeetingLink } from '../../ui/MeetingLink';
import { TaskStatusBadge } from '../../ui/StatusBadges';
import type { TaskRow } from './task-rows';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** `showOrigin` is off where all rows come from the meeting being shown. */
export function TasksTable({ rows, showOrigin = true }: { rows: readonly TaskRow[]; showOrigin?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth="48rem">
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tasks.task')}</Table.Th>
            <Table.Th>{t('tasks.owner')}</Table.Th>
            <Table.Th>{t('tasks.due')}</Table.Th>
            <Table.Th>{t('tasks.status')}</Table.Th>
            {showOrigin && <Table.Th>{t('tasks.origin')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.task.id}>
              <Table.Td>
                <Text fz="sm" fw={600}>
                  {row.task.title}
                </Text>
              </Table.Td>
              <Table.Td>{row.ownerName || t('common.notSet')}</Table.Td>
              <Table.Td style={NO_WRAP}>
                <Stack gap={4} align="flex-start">
                  <Text size="sm">{formatDate(row.task.dueDate)}</Text>
                  {row.daysOverdue > 0 && (
                    <Badge variant="light" color="red">
                      {t('tasks.overdue')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <TaskStatusBadge status={row.task.status} />
              </Table.Td>
              {showOrigin && (
                <Table.Td style={NO_WRAP}>
                  {row.meeting ? <MeetingLink meeting={row.meeting} body={row.meeting.bodyCode} /> : t('common.notSet')}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
