import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planImport } from '../../../../shared/directory/import-plan';
import { summarizePreview, type PreviewRow, type RowStatus } from '../../../../shared/directory/import-preview';
import { TablePagination } from '../../ui/TablePagination';
import { usePaged } from '../../ui/use-paged';
import { PreviewRowsTable } from './PreviewRowsTable';
import type { ImportWizard } from './use-import-wizard';

type RowFilter = 'alle' | RowStatus;

const PAGE_SIZE = 50;

/** The checked rows before anything is saved: problems per row, a choice per duplicate, then import. */
export function ImportPreviewStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RowFilter>('alle');
  const rows: readonly PreviewRow<unknown>[] = wizard.checked?.preview.rows ?? [];
  const shown = filter === 'alle' ? rows : rows.filter((row) => row.status === filter);
  const paged = usePaged(shown, PAGE_SIZE);
  const summary = summarizePreview(rows);
  const plan = planImport(rows, wizard.decisions);
  const saving = plan.create.length + plan.merge.length;

  const filters: { value: RowFilter; label: string }[] = [
    { value: 'alle', label: t('directory.previewFilter.alle', { count: rows.length }) },
    { value: 'ungültig', label: t('directory.previewFilter.ungültig', { count: summary.ungültig }) },
    { value: 'duplikat', label: t('directory.previewFilter.duplikat', { count: summary.duplikat }) },
    { value: 'neu', label: t('directory.previewFilter.neu', { count: summary.neu }) },
  ];

  return (
    <Stack gap="lg" mt="lg">
      <Text>
        {t('directory.previewSummary', { neu: summary.neu, duplikat: summary.duplikat, ungueltig: summary.ungültig })}
      </Text>
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          aria-label={t('directory.previewFilterLabel')}
          value={filter}
          onChange={(value) => setFilter(value as RowFilter)}
          data={filters}
        />
        {summary.duplikat > 0 && (
          <Group gap="xs">
            <Text fz="sm" fw={600}>
              {t('directory.allDuplicates')}
            </Text>
            {(['skip', 'merge', 'import'] as const).map((decision) => (
              <Button
                key={decision}
                size="compact-sm"
                variant="default"
                onClick={() => wizard.decideAllDuplicates(decision)}
              >
                {t(`directory.decisions.${decision}`)}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      <PreviewRowsTable rows={paged.visible} wizard={wizard} />
      <TablePagination page={paged.page} total={paged.total} count={shown.length} onChange={paged.setPage} />
      <Group>
        <Button
          variant="default"
          onClick={() => wizard.goTo('mapping')}
          leftSection={<IconArrowLeft size="1rem" aria-hidden />}
        >
          {t('directory.back')}
        </Button>
        <Button
          onClick={wizard.runImport}
          loading={wizard.busy}
          disabled={saving === 0}
          leftSection={<IconCheck size="1rem" aria-hidden />}
        >
          {t('directory.runImport', { count: saving })}
        </Button>
      </Group>
    </Stack>
  );
}
