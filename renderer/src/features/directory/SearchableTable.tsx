import { Group, Table, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createSearch } from '../../../../shared/directory/search';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { TablePagination } from '../../ui/TablePagination';
import { usePaged } from '../../ui/use-paged';
import { SortableHeader } from './SortableHeader';
import { sortRows, type SortState } from './sort-rows';

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
  /** Text the column sorts by (German collation); columns without it do not sort. */
  sortText?: (item: T) => string;
  /** Keeps the cell on one line (names, phone numbers). */
  nowrap?: boolean;
}

interface SearchableTableProps<T> {
  items: readonly T[] | undefined;
  searchLabel: string;
  searchPlaceholder: string;
  searchFields: (item: T) => readonly (string | undefined)[];
  columns: readonly Column<T>[];
  rowKey: (item: T) => string;
  emptyText: string;
  /** Further filters (selects) shown beside the search field … */
  filters?: ReactNode;
  /** … and what they let through. */
  filter?: (item: T) => boolean;
  /** Buttons at the right of the toolbar (new, import, export); shown on an empty list too. */
  actions?: ReactNode;
}

const PAGE_SIZE = 50;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * A table with a search field (every word must occur; case and accents ignored), optional filters,
 * columns sorted by clicking their header (German collation), and paging for long lists.
 */
export function SearchableTable<T>({
  items,
  searchLabel,
  searchPlaceholder,
  searchFields,
  columns,
  rowKey,
  emptyText,
  filters,
  filter,
  actions,
}: SearchableTableProps<T>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState>();
  const search = useMemo(() => createSearch(items ?? [], searchFields), [items, searchFields]);
  const found = useMemo(() => {
    const matches = filter ? search(query).filter(filter) : search(query);
    const sortText = sort && columns[sort.column]?.sortText;
    return sort && sortText ? sortRows(matches, sortText, sort.direction) : matches;
  }, [search, query, filter, sort, columns]);
  const paged = usePaged(found, PAGE_SIZE);

  if (!items) return <LoadingState />;
  if (items.length === 0) {
    return (
      <Group justify="space-between" align="center" gap="md">
        <EmptyHint text={emptyText} />
        <Group gap="sm">{actions}</Group>
      </Group>
    );
  }
  return (
    <>
      <Group align="flex-end" gap="md" mb="md">
        <TextInput
          label={searchLabel}
          placeholder={searchPlaceholder}
          leftSection={<IconSearch size="1rem" aria-hidden />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          w="24rem"
          maw="100%"
        />
        {filters}
        <Group gap="sm" ml="auto">
          {actions}
        </Group>
      </Group>
      {found.length === 0 ? (
        <EmptyHint text={t('common.noMatches')} />
      ) : (
        <Table.ScrollContainer minWidth="44rem">
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                {columns.map((column, index) =>
                  column.sortText ? (
                    <SortableHeader
                      key={column.header}
                      label={column.header}
                      direction={sort?.column === index ? sort.direction : undefined}
                      onSort={(direction) => setSort({ column: index, direction })}
                    />
                  ) : (
                    <Table.Th key={column.header}>{column.header}</Table.Th>
                  ),
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {paged.visible.map((item) => (
                <Table.Tr key={rowKey(item)}>
                  {columns.map((column) => (
                    <Table.Td key={column.header} style={column.nowrap ? NO_WRAP : undefined}>
                      {column.cell(item)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <TablePagination page={paged.page} total={paged.total} count={found.length} onChange={paged.setPage} />
    </>
  );
}
