import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/routes';
import type { ImportWizard } from './use-import-wizard';

/** What the import saved, in counts. */
export function ImportResult({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { counts, target } = wizard;
  if (!counts) return null;
  return (
    <Stack gap="lg" mt="lg" maw="40rem">
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('directory.importDone')} role="status">
        <List size="sm" spacing={4}>
          <List.Item>{t('directory.importCounts.created', { count: counts.created })}</List.Item>
          <List.Item>{t('directory.importCounts.merged', { count: counts.merged })}</List.Item>
          <List.Item>{t('directory.importCounts.skipped', { count: counts.skipped })}</List.Item>
          <List.Item>{t('directory.importCounts.invalid', { count: counts.invalid })}</List.Item>
          {counts.organisationsCreated > 0 && (
            <List.Item>
              {t('directory.importCounts.organisationsCreated', { count: counts.organisationsCreated })}
            </List.Item>
          )}
        </List>
      </Alert>
      <Group>
        <Button component={Link} to={paths.directoryTab(target === 'persons' ? 'personen' : 'organisationen')}>
          {t(`directory.showImported.${target}`)}
        </Button>
        <Button variant="default" onClick={wizard.restart}>
          {t('directory.importAnother')}
        </Button>
      </Group>
    </Stack>
  );
}
