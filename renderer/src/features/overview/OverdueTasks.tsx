import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconChecks } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates';
import { paths } from '../../app/routes';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { MeetingLink } from '../../ui/MeetingLink';
import { Section } from '../../ui/Section';
import type { TaskRow } from '../tasks/task-rows';
import { OVERDUE_FILTER } from '../tasks/task-filters';
import { loadOverdueTasks } from './overview-data';

const SHOWN = 6;

function OverdueTaskItem({ row }: { row: TaskRow }) {
  const { t } = useTranslation();
  return (
    <Stack component="li" gap={2}>
      <Text fw={600}>{row.task.title}</Text>
      <Text size="sm" c="dimmed">
        {[row.ownerName, t('overview.dueOn', { date: formatDate(row.task.dueDate) })].filter(Boolean).join(' · ')}
      </Text>
      <Group gap="xs" mt={4}>
        <Badge variant="light" color="red" leftSection={<IconAlertTriangle size="0.875rem" aria-hidden />}>
          {t('overview.overdueBy', { count: row.daysOverdue })}
        </Badge>
        {row.meeting && (
          <Text size="sm">
            {t('overview.fromMeeting')} <MeetingLink meeting={row.meeting} body={row.meeting.bodyCode} />
          </Text>
        )}
      </Group>
    </Stack>
  );
}

export function OverdueTasks({ networkId, today }: { networkId: string; today: string }) {
  const { t } = useTranslation();
  const rows = useLiveQuery(() => loadOverdueTasks(networkId, today), [networkId, today]);
  return (
    <Section
      title={t('overview.overdueTasks')}
      aside={rows && rows.length > 0 && <Badge color="red">{rows.length}</Badge>}
    >
      {!rows ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyHint text={t('overview.noOverdueTasks')} icon={IconChecks} />
      ) : (
        <Stack gap="lg">
          <Stack component="ul" gap="lg" m={0} p={0} style={{ listStyle: 'none' }}>
            {rows.slice(0, SHOWN).map((row) => (
              <OverdueTaskItem key={row.task.id} row={row} />
            ))}
          </Stack>
          {rows.length > SHOWN && (
            <Anchor component={Link} to={`${paths.tasks}?faellig=${OVERDUE_FILTER}`}>
              {t('overview.allOverdue', { count: rows.length })}
            </Anchor>
          )}
        </Stack>
      )}
    </Section>
  );
}
