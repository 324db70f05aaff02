import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from './action-fields-data';

export function IndicatorsTable({ rows }: { rows: readonly IndicatorRow[] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const cell = (value: number | undefined, year: number | undefined, unit: string) =>
    value === undefined
      ? t('common.notSet')
      : t('actionFields.valueInYear', { value: number.format(value), unit, year: year ?? '…' });

  return (
    <Table.ScrollContainer minWidth="40rem">
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actionFields.indicator')}</Table.Th>
            <Table.Th>{t('actionFields.baseline')}</Table.Th>
            <Table.Th>{t('actionFields.target')}</Table.Th>
            <Table.Th>{t('actionFields.latest')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ indicator, latest }) => (
            <Table.Tr key={indicator.id}>
              <Table.Td fw={500}>{indicator.name}</Table.Td>
              <Table.Td>{cell(indicator.baselineValue, indicator.baselineYear, indicator.unit)}</Table.Td>
              <Table.Td>{cell(indicator.targetValue, indicator.targetYear, indicator.unit)}</Table.Td>
              <Table.Td>{cell(latest?.value, latest?.year, indicator.unit)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
