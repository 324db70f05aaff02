import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './SortableHeader.module.css';
import type { SortDirection } from './sort-rows';

interface SortableHeaderProps {
  label: string;
  direction?: SortDirection;
  onSort: (direction: SortDirection) => void;
}

/** A column header that sorts on click or Enter; `aria-sort` tells screen readers the order. */
export function SortableHeader({ label, direction, onSort }: SortableHeaderProps) {
  const { t } = useTranslation();
  const Icon = direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th aria-sort={direction ?? 'none'} p={0}>
      <UnstyledButton
        className={classes.button}
        onClick={() => onSort(direction === 'ascending' ? 'descending' : 'ascending')}
        title={t('directory.sortBy', { column: label })}
      >
        <Group gap={6} wrap="nowrap" component="span">
          {label}
          <Icon size="0.875rem" aria-hidden className={direction ? undefined : classes.idle} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
