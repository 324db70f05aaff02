import { addDays } from '../../../../shared/domain/dates';
import { TaskStatus } from '../../../../shared/schemas';
import { OPEN_TASK_STATUSES } from '../../db/repos';
import type { TaskRow } from './task-rows';

export const OPEN_FILTER = 'offen-alle';
export const ALL = 'alle';
export const OVERDUE_FILTER = 'ueberfaellig';
export const SOON_FILTER = '14-tage';
export const LATER_FILTER = 'spaeter';

export type DueFilter = typeof ALL | typeof OVERDUE_FILTER | typeof SOON_FILTER | typeof LATER_FILTER;

export interface TaskFilters {
  /** OPEN_FILTER, ALL or one TaskStatus. */
  status: string;
  /** ALL or an owner key from `ownerKey`. */
  owner: string;
  due: DueFilter;
}

export const ownerKey = (row: TaskRow): string => {
  const { task } = row;
  return `${task.ownerKind}:${task.ownerPersonId ?? task.ownerOrganisationId ?? task.ownerBodyId ?? ''}`;
};

const SOON_DAYS = 14;

function matchesDue(row: TaskRow, due: DueFilter, today: string): boolean {
  if (due === ALL) return true;
  if (due === OVERDUE_FILTER) return row.daysOverdue > 0;
  const soonEnd = addDays(today, SOON_DAYS);
  if (due === SOON_FILTER) return row.task.dueDate >= today && row.task.dueDate <= soonEnd;
  return row.task.dueDate > soonEnd;
}

function matchesStatus(row: TaskRow, status: string): boolean {
  if (status === ALL) return true;
  if (status === OPEN_FILTER) return OPEN_TASK_STATUSES.includes(row.task.status);
  return row.task.status === status;
}

export const filterTaskRows = (rows: readonly TaskRow[], filters: TaskFilters, today: string): TaskRow[] =>
  rows.filter(
    (row) =>
      matchesStatus(row, filters.status) &&
      (filters.owner === ALL || ownerKey(row) === filters.owner) &&
      matchesDue(row, filters.due, today),
  );

const DUE_FILTERS: readonly string[] = [ALL, OVERDUE_FILTER, SOON_FILTER, LATER_FILTER];
const STATUS_FILTERS: readonly string[] = [OPEN_FILTER, ALL, ...TaskStatus.options];

/** Filters live in the URL (?status=…&zustaendig=…&faellig=…) so links and "Zurück" keep them. */
export function filtersFromParams(params: URLSearchParams): TaskFilters {
  const status = params.get('status') ?? OPEN_FILTER;
  const due = params.get('faellig') ?? ALL;
  return {
    status: STATUS_FILTERS.includes(status) ? status : OPEN_FILTER,
    owner: params.get('zustaendig') ?? ALL,
    due: (DUE_FILTERS.includes(due) ? due : ALL) as DueFilter,
  };
}

export function paramsFromFilters(filters: TaskFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status !== OPEN_FILTER) params.set('status', filters.status);
  if (filters.owner !== ALL) params.set('zustaendig', filters.owner);
  if (filters.due !== ALL) params.set('faellig', filters.due);
  return params;
}
