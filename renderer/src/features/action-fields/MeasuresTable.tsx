import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/domain/dates';
import { MeasureStatusBadge } from '../../ui/StatusBadges';
import type { MeasureRow } from './action-fields-data';

export function MeasuresTable({ rows }: { rows: readonly MeasureRow[] }) {
  const { t } = useTranslation();
  const period = ({ measure }: MeasureRow) =>
    [measure.start, measure.end].map((d) => (d ? formatDate(d) : '…')).join(' – ');
  return (
    <Table.ScrollContainer minWidth="40rem">
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actionFields.measure')}</Table.Th>
            <Table.Th>{t('actionFields.measureLead')}</Table.Th>
            <Table.Th>{t('actionFields.period')}</Table.Th>
            <Table.Th>{t('actionFields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.measure.id}>
              <Table.Td fw={500}>{row.measure.title}</Table.Td>
              <Table.Td>{row.lead ?? t('common.notSet')}</Table.Td>
              <Table.Td>{row.measure.start || row.measure.end ? period(row) : t('common.notSet')}</Table.Td>
              <Table.Td>
                <MeasureStatusBadge status={row.measure.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
