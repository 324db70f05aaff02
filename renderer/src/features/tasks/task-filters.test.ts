import { describe, expect, it } from 'vitest';
import type { Task } from '../../../../shared/schemas';
import {
  ALL,
  filterTaskRows,
  filtersFromParams,
  OPEN_FILTER,
  OVERDUE_FILTER,
  paramsFromFilters,
  SOON_FILTER,
} from './task-filters';
import type { TaskRow } from './task-rows';

const TODAY = '2026-03-01';

const row = (
  title: string,
  dueDate: string,
  status: Task['status'],
  daysOverdue = 0,
  ownerPersonId = 'p1',
): TaskRow => ({
  task: { title, dueDate, status, ownerKind: 'person', ownerPersonId } as Task,
  ownerName: ownerPersonId,
  daysOverdue,
});

const rows = [
  row('überfällig', '2026-02-20', 'offen', 9),
  row('bald', '2026-03-10', 'in-arbeit'),
  row('später', '2026-06-01', 'offen', 0, 'p2'),
  row('erledigt', '2026-01-10', 'erledigt'),
];

const titles = (filtered: TaskRow[]) => filtered.map((r) => r.task.title);

describe('task filters', () => {
  it('show open tasks by default', () => {
    const filters = filtersFromParams(new URLSearchParams());
    expect(filters).toEqual({ status: OPEN_FILTER, owner: ALL, due: ALL });
    expect(titles(filterTaskRows(rows, filters, TODAY))).toEqual(['überfällig', 'bald', 'später']);
  });

  it('filter by due date and owner', () => {
    const base = { status: ALL, owner: ALL, due: ALL } as const;
    expect(titles(filterTaskRows(rows, { ...base, due: OVERDUE_FILTER }, TODAY))).toEqual(['überfällig']);
    expect(titles(filterTaskRows(rows, { ...base, due: SOON_FILTER }, TODAY))).toEqual(['bald']);
    expect(titles(filterTaskRows(rows, { ...base, owner: 'person:p2' }, TODAY))).toEqual(['später']);
    expect(titles(filterTaskRows(rows, { ...base, status: 'erledigt' }, TODAY))).toEqual(['erledigt']);
  });

  it('round-trip through the URL and ignore unknown values', () => {
    const filters = { status: 'verschoben', owner: 'body:b1', due: OVERDUE_FILTER } as const;
    expect(filtersFromParams(paramsFromFilters(filters))).toEqual(filters);
    expect(paramsFromFilters({ status: OPEN_FILTER, owner: ALL, due: ALL }).toString()).toBe('');
    expect(filtersFromParams(new URLSearchParams('status=kaputt&faellig=gestern'))).toEqual({
      status: OPEN_FILTER,
      owner: ALL,
      due: ALL,
    });
  });
});
