import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TaskStatus } from '../../../../shared/schemas';
import {
  ALL,
  LATER_FILTER,
  OPEN_FILTER,
  OVERDUE_FILTER,
  SOON_FILTER,
  type DueFilter,
  type TaskFilters,
} from './task-filters';

interface TaskFilterBarProps {
  filters: TaskFilters;
  owners: readonly { value: string; label: string }[];
  onChange: (filters: TaskFilters) => void;
}

export function TaskFilterBar({ filters, owners, onChange }: TaskFilterBarProps) {
  const { t } = useTranslation();
  const statusOptions = [
    { value: OPEN_FILTER, label: t('tasks.openStatuses') },
    { value: ALL, label: t('tasks.allStatuses') },
    ...TaskStatus.options.map((status) => ({ value: status, label: t(`status.task.${status}`) })),
  ];
  const dueOptions = [
    { value: ALL, label: t('tasks.dueAny') },
    { value: OVERDUE_FILTER, label: t('tasks.dueOverdue') },
    { value: SOON_FILTER, label: t('tasks.dueNext14') },
    { value: LATER_FILTER, label: t('tasks.dueLater') },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} mb="lg">
      <Select
        label={t('tasks.filterStatus')}
        data={statusOptions}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status: status ?? OPEN_FILTER })}
        allowDeselect={false}
      />
      <Select
        label={t('tasks.filterOwner')}
        data={[{ value: ALL, label: t('tasks.allOwners') }, ...owners]}
        value={filters.owner}
        onChange={(owner) => onChange({ ...filters, owner: owner ?? ALL })}
        allowDeselect={false}
        searchable
      />
      <Select
        label={t('tasks.filterDue')}
        data={dueOptions}
        value={filters.due}
        onChange={(due) => onChange({ ...filters, due: (due ?? ALL) as DueFilter })}
        allowDeselect={false}
      />
    </SimpleGrid>
  );
}
