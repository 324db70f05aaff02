import { Button } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportTarget } from '../../../../shared/directory/import-fields';
import { paths } from '../../app/routes';
import { exportOrganisationsCsv, exportPersonsCsv } from '../../db/repos';
import { notify } from '../../ui/notify';
import { useToday } from '../../ui/use-today';
import { importTargetParam } from './import-target';
import { saveTextFile } from './save-text-file';

/** "CSV importieren" (to the import wizard) and "CSV exportieren" (a file German Excel opens). */
export function CsvButtons({ target }: { target: ImportTarget }) {
  const { t } = useTranslation();
  const today = useToday();
  const [exporting, setExporting] = useState(false);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const csv = target === 'persons' ? await exportPersonsCsv() : await exportOrganisationsCsv();
      const name = t(`directory.exportFileName.${target}`, { date: today });
      await saveTextFile(`${name}.csv`, csv, { name: t('directory.csvFilter'), extension: 'csv' });
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Button
        variant="default"
        component={Link}
        to={`${paths.directoryImport}?ziel=${importTargetParam(target)}`}
        leftSection={<IconFileImport size="1rem" aria-hidden />}
      >
        {t('directory.importCsv')}
      </Button>
      <Button
        variant="default"
        onClick={exportCsv}
        loading={exporting}
        leftSection={<IconFileExport size="1rem" aria-hidden />}
      >
        {t('directory.exportCsv')}
      </Button>
    </>
  );
}
