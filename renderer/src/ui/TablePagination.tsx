import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface TablePaginationProps {
  page: number;
  total: number;
  count: number;
  onChange: (page: number) => void;
}

export function TablePagination({ page, total, count, onChange }: TablePaginationProps) {
  const { t } = useTranslation();
  const labels = {
    first: t('common.firstPage'),
    previous: t('common.previousPage'),
    next: t('common.nextPage'),
    last: t('common.lastPage'),
  };
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed">
        {t('common.resultCount', { count })}
      </Text>
      {total > 1 && (
        <Pagination
          component="nav"
          aria-label={t('common.pagination')}
          value={page}
          total={total}
          onChange={onChange}
          withEdges
          getControlProps={(control) => ({ 'aria-label': labels[control] })}
          getItemProps={(item) => ({ 'aria-label': t('common.pageOf', { page: item, total }) })}
        />
      )}
    </Group>
  );
}
