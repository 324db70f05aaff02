import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useActiveNetwork } from '../../app/active-network';
import { useToday } from '../../ui/use-today';
import { loadBodies, type BodyRow } from './directory-data';
import { SearchableTable, type Column } from './SearchableTable';

const searchFields = ({ body }: BodyRow) => [body.name, body.code, body.defaultLocation];

export function BodiesTab() {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const today = useToday();
  const bodies = useLiveQuery(() => loadBodies(network.id, today), [network.id, today]);
  const columns: Column<BodyRow>[] = [
    {
      header: t('directory.name'),
      cell: ({ body }) => (
        <Text fz="sm" fw={600}>
          {body.name}
        </Text>
      ),
    },
    { header: t('directory.code'), cell: ({ body }) => body.code },
    { header: t('directory.kind'), cell: ({ body }) => t(`status.bodyKind.${body.kind}`) },
    { header: t('directory.noticePeriod'), cell: ({ body }) => t('common.days', { count: body.noticeDays }) },
    { header: t('directory.members'), cell: ({ memberCount }) => memberCount },
  ];
  return (
    <SearchableTable
      items={bodies}
      searchLabel={t('directory.searchBodies')}
      searchPlaceholder={t('directory.searchBodiesHint')}
      searchFields={searchFields}
      columns={columns}
      rowKey={(row) => row.body.id}
      emptyText={t('directory.emptyBodies')}
    />
  );
}
