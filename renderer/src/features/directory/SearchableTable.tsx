import { Table, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createSearch } from '../../../../shared/directory/search';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { TablePagination } from '../../ui/TablePagination';
import { usePaged } from '../../ui/use-paged';

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

interface SearchableTableProps<T> {
  items: readonly T[] | undefined;
  searchLabel: string;
  searchPlaceholder: string;
  searchFields: (item: T) => readonly (string | undefined)[];
  columns: readonly Column<T>[];
  rowKey: (item: T) => string;
  emptyText: string;
}

const PAGE_SIZE = 50;

/** A read-only table with a search field (case- and accent-insensitive) and paging. */
export function SearchableTable<T>({
  items,
  searchLabel,
  searchPlaceholder,
  searchFields,
  columns,
  rowKey,
  emptyText,
}: SearchableTableProps<T>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useMemo(() => createSearch(items ?? [], searchFields), [items, searchFields]);
  const found = useMemo(() => search(query), [search, query]);
  const paged = usePaged(found, PAGE_SIZE);

  if (!items) return <LoadingState />;
  if (items.length === 0) return <EmptyHint text={emptyText} />;
  return (
    <>
      <TextInput
        label={searchLabel}
        placeholder={searchPlaceholder}
        leftSection={<IconSearch size="1rem" aria-hidden />}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        type="search"
        maw="28rem"
        mb="md"
      />
      {found.length === 0 ? (
        <EmptyHint text={t('common.noMatches')} />
      ) : (
        <Table.ScrollContainer minWidth="44rem">
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column.header}>{column.header}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {paged.visible.map((item) => (
                <Table.Tr key={rowKey(item)}>
                  {columns.map((column) => (
                    <Table.Td key={column.header}>{column.cell(item)}</Table.Td>
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
