import { Anchor, Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useActiveNetwork } from '../../app/active-network';
import { paths } from '../../app/routes';
import { useToday } from '../../ui/use-today';
import { BodyDialog } from './BodyDialog';
import { loadBodies, type BodyRow } from './directory-data';
import { SearchableTable, type Column } from './SearchableTable';
import { useDialog } from './use-dialog';

const searchFields = ({ body }: BodyRow) => [body.name, body.code, body.defaultLocation];

export function BodiesTab() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const network = useActiveNetwork();
  const today = useToday();
  const bodies = useLiveQuery(() => loadBodies(network.id, today), [network.id, today]);
  const newBody = useDialog();
  const columns: Column<BodyRow>[] = [
    {
      header: t('directory.name'),
      sortText: ({ body }) => body.name,
      cell: ({ body }) => (
        <Anchor component={Link} to={paths.body(body.id)} fz="sm" fw={600}>
          {body.name}
        </Anchor>
      ),
    },
    { header: t('directory.code'), sortText: ({ body }) => body.code, cell: ({ body }) => body.code },
    { header: t('directory.kind'), cell: ({ body }) => t(`status.bodyKind.${body.kind}`) },
    { header: t('directory.noticePeriod'), cell: ({ body }) => t('common.days', { count: body.noticeDays }) },
    { header: t('directory.members'), cell: ({ memberCount }) => memberCount },
  ];
  return (
    <>
      <SearchableTable
        items={bodies}
        searchLabel={t('directory.searchBodies')}
        searchPlaceholder={t('directory.searchBodiesHint')}
        searchFields={searchFields}
        columns={columns}
        rowKey={(row) => row.body.id}
        emptyText={t('directory.emptyBodies')}
        actions={
          <Button leftSection={<IconPlus size="1rem" aria-hidden />} onClick={() => newBody.open()}>
            {t('directory.newBody')}
          </Button>
        }
      />
      <BodyDialog
        key={newBody.key}
        opened={newBody.opened}
        onClose={newBody.close}
        onSaved={(body) => navigate(paths.body(body.id))}
      />
    </>
  );
}
