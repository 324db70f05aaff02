import { Alert, Paper, Stepper } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { BackToDirectory } from './BackToDirectory';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportResult } from './ImportResult';
import { importTargetFromParam } from './import-target';
import { useImportWizard, type ImportStep } from './use-import-wizard';

const STEPS: readonly ImportStep[] = ['file', 'mapping', 'preview', 'done'];

/** CSV import in four steps: file, column mapping, preview with decisions, result. */
export function ImportPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const wizard = useImportWizard(importTargetFromParam(params.get('ziel')));
  const active = STEPS.indexOf(wizard.step);

  return (
    <>
      <BackToDirectory tab={wizard.target === 'persons' ? 'personen' : 'organisationen'} />
      <PageHeader title={t('directory.importTitle')} description={t('directory.importIntro')} />
      <Paper withBorder radius="md" p="lg">
        <Stepper
          active={active}
          onStepClick={(index) => wizard.goTo(STEPS[index]!)}
          allowNextStepsSelect={false}
          size="sm"
        >
          <Stepper.Step label={t('directory.importSteps.file')} allowStepSelect={active < 3}>
            <ImportFileStep wizard={wizard} />
          </Stepper.Step>
          <Stepper.Step label={t('directory.importSteps.mapping')} allowStepSelect={active > 1 && active < 3}>
            <ImportMappingStep wizard={wizard} />
          </Stepper.Step>
          <Stepper.Step label={t('directory.importSteps.preview')} allowStepSelect={false}>
            <ImportPreviewStep wizard={wizard} />
          </Stepper.Step>
          <Stepper.Completed>
            <ImportResult wizard={wizard} />
          </Stepper.Completed>
        </Stepper>
        {wizard.error && (
          <Alert
            color="red"
            role="alert"
            mt="md"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('directory.importFailed')}
          >
            {wizard.error}
          </Alert>
        )}
      </Paper>
    </>
  );
}
