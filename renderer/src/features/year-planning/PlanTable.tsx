import { ActionIcon, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/domain/dates';
import type { PlannedDate } from '../../../../shared/domain/year-planning';
import { longDate } from '../../ui/calendar-parts';
import { RowsTable } from '../../ui/RowsTable';
import { DeadlineBadge } from '../../ui/StatusBadges';
import { DateWarnings } from './DateWarnings';

function PlannedRow({ plan, onRemove }: { plan: PlannedDate; onRemove: (date: string) => void }) {
  const { t, i18n } = useTranslation();
  const remove = t('yearPlanning.remove', { date: formatDate(plan.date) });
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{longDate(plan.date, i18n.language)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{plan.ok ? plan.title : t('common.notSet')}</Table.Td>
      <Table.Td>
        {plan.ok && (
          <Stack gap={4} align="flex-start">
            <Text size="sm">{formatDate(plan.invitationDeadline)}</Text>
            <DeadlineBadge state={plan.deadlineState} />
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {plan.ok ? (
          <DateWarnings warnings={plan.warnings} holidaysKnown={plan.schoolHolidaysKnown} />
        ) : (
          <Group gap={6} wrap="nowrap">
            <IconAlertTriangle size="1rem" color="var(--mantine-color-red-8)" aria-hidden />
            <Text size="sm" fw={600}>
              {plan.problem}
            </Text>
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        <ActionIcon variant="subtle" color="gray" aria-label={remove} onClick={() => onRemove(plan.date)}>
          <IconTrash size="1.125rem" aria-hidden />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** The chosen dates as they would be planned: number, invitation deadline, warnings. */
export function PlanTable({ plan, onRemove }: { plan: readonly PlannedDate[]; onRemove: (date: string) => void }) {
  const { t } = useTranslation();
  return (
    <RowsTable
      minWidth="48rem"
      caption={t('yearPlanning.tableCaption')}
      striped
      headers={[t('meetings.date'), t('meetings.number'), t('yearPlanning.deadline'), t('yearPlanning.warnings')]}
      actionsLabel={t('yearPlanning.actions')}
    >
      {plan.map((p) => (
        <PlannedRow key={p.date} plan={p} onRemove={onRemove} />
      ))}
    </RowsTable>
  );
}
