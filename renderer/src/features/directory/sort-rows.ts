import { compareGerman } from '../../../../shared/domain/search-text';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  /** Index of the sorted column. */
  column: number;
  direction: SortDirection;
}

/** Rows by a column's text in German order; empty cells last either way; ties keep their order. */
export function sortRows<T>(rows: readonly T[], text: (row: T) => string, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, key: text(row) }))
    .sort((a, b) => {
      if (a.key === '' || b.key === '') return Number(a.key === '') - Number(b.key === '');
      return sign * compareGerman(a.key, b.key);
    })
    .map(({ row }) => row);
}
