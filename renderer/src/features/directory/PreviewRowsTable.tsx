import { Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportDecision } from '../../../../shared/directory/import-plan';
import type { DuplicateOf, PreviewRow } from '../../../../shared/directory/import-preview';
import { personDisplayName } from '../../../../shared/directory/person-name';
import type { CsvRow } from '../../../../shared/directory/csv-parse';
import { rowSummary } from './import-wizard';
import { PreviewStatusBadge } from './PreviewStatusBadge';
import type { ImportWizard } from './use-import-wizard';

const REASON_KEYS = {
  'gleiche E-Mail': 'sameEmail',
  'gleicher Name und Organisation': 'sameNameAndOrganisation',
  'gleicher Name': 'sameName',
} as const;

interface PreviewRowsTableProps {
  rows: readonly PreviewRow<unknown>[];
  wizard: ImportWizard;
}

function DuplicateNote({ duplicateOf, wizard }: { duplicateOf: DuplicateOf; wizard: ImportWizard }) {
  const { t } = useTranslation();
  const reason = t(`directory.duplicateReasons.${REASON_KEYS[duplicateOf.reason]}`);
  if (duplicateOf.in === 'datei') return t('directory.duplicateOfRow', { row: duplicateOf.rowNumber, reason });
  const context = wizard.checked?.context;
  const person = context?.persons.find((p) => p.id === duplicateOf.id);
  const organisation = context?.organisations.find((o) => o.id === duplicateOf.id);
  const name = person ? personDisplayName(person) : (organisation?.name ?? '');
  return t('directory.duplicateOfStored', { name, reason });
}

/** Every row with its number, status, content, problems (field and message) and the user's choice. */
export function PreviewRowsTable({ rows, wizard }: PreviewRowsTableProps) {
  const { t } = useTranslation();
  const csvRows = new Map<number, CsvRow>((wizard.loaded?.csv.rows ?? []).map((row) => [row.rowNumber, row]));
  const decisionOptions = (row: PreviewRow<unknown>) =>
    (['skip', 'merge', 'import'] as const)
      .filter((d) => d !== 'merge' || row.duplicateOf?.in === 'bestand')
      .map((value) => ({ value, label: t(`directory.decisions.${value}`) }));

  return (
    <Table.ScrollContainer minWidth="56rem">
      <Table striped verticalSpacing="xs" aria-label={t('directory.importSteps.preview')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="5.5rem">{t('directory.row')}</Table.Th>
            <Table.Th w="8rem">{t('directory.status')}</Table.Th>
            <Table.Th>{t('directory.content')}</Table.Th>
            <Table.Th>{t('directory.remarks')}</Table.Th>
            <Table.Th w="14rem">{t('directory.decision')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const csvRow = csvRows.get(row.rowNumber);
            const summary = csvRow ? rowSummary(csvRow, wizard.mapping, wizard.target) : undefined;
            return (
              <Table.Tr key={row.rowNumber}>
                <Table.Td>{t('directory.rowNumber', { number: row.rowNumber })}</Table.Td>
                <Table.Td>
                  <PreviewStatusBadge status={row.status} />
                </Table.Td>
                <Table.Td>
                  <Text fz="sm" fw={600}>
                    {summary?.title || t('common.notSet')}
                  </Text>
                  {summary?.detail && (
                    <Text fz="sm" c="dimmed">
                      {summary.detail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {row.issues.map((issue) => (
                      <Text fz="sm" key={`${issue.field}-${issue.message}`}>
                        <Text span fw={600} fz="sm">
                          {t('directory.issueField', { field: t(`directory.importFields.${issue.field}`) })}
                        </Text>{' '}
                        {issue.message}
                      </Text>
                    ))}
                    {row.duplicateOf && (
                      <Text fz="sm">
                        <DuplicateNote duplicateOf={row.duplicateOf} wizard={wizard} />
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {row.status === 'duplikat' ? (
                    <Select
                      aria-label={t('directory.decisionForRow', { number: row.rowNumber })}
                      data={decisionOptions(row)}
                      value={wizard.decisions.get(row.rowNumber) ?? 'skip'}
                      onChange={(value) => value && wizard.decide(row.rowNumber, value as ImportDecision)}
                      allowDeselect={false}
                      size="xs"
                    />
                  ) : (
                    <Text fz="sm">{row.status === 'neu' ? t('directory.willImport') : t('directory.notImported')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
