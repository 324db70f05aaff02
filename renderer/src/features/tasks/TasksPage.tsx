import { Paper } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { sortGerman } from '../../../../shared/domain/search-text';
import { useActiveNetwork } from '../../app/active-network';
import { taskRepo } from '../../db/repos';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { TablePagination } from '../../ui/TablePagination';
import { usePaged } from '../../ui/use-paged';
import { useToday } from '../../ui/use-today';
import { TaskOverviewMenu } from '../documents/DocumentMenus';
import { filterTaskRows, filtersFromParams, ownerKey, paramsFromFilters, type TaskFilters } from './task-filters';
import { TaskFilterBar } from './TaskFilterBar';
import { loadTaskRows, type TaskRow } from './task-rows';
import { TasksTable } from './TasksTable';

const PAGE_SIZE = 50;

function ownerOptions(rows: readonly TaskRow[]) {
  const owners = new Map(rows.filter((r) => r.ownerName).map((r) => [ownerKey(r), r.ownerName]));
  return sortGerman(
    [...owners].map(([value, label]) => ({ value, label })),
    (o) => o.label,
  );
}

export function TasksPage() {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const rows = useLiveQuery(async () => loadTaskRows(await taskRepo.all(), network.id, today), [network.id, today]);
  const owners = useMemo(() => ownerOptions(rows ?? []), [rows]);
  const filtered = useMemo(() => filterTaskRows(rows ?? [], filters, today), [rows, filters, today]);
  const paged = usePaged(filtered, PAGE_SIZE);
  const setFilters = (next: TaskFilters) => setParams(paramsFromFilters(next), { replace: true });

  return (
    <>
      <PageHeader title={t('tasks.title')} actions={<TaskOverviewMenu />} />
      {!rows ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyHint text={t('tasks.empty')} icon={IconChecklist} />
      ) : (
        <>
          <TaskFilterBar filters={filters} owners={owners} onChange={setFilters} />
          <Paper withBorder radius="md" p="md">
            {filtered.length === 0 ? <EmptyHint text={t('common.noMatches')} /> : <TasksTable rows={paged.visible} />}
            <TablePagination page={paged.page} total={paged.total} count={filtered.length} onChange={paged.setPage} />
          </Paper>
        </>
      )}
    </>
  );
}
