import { Alert, Button, FileInput, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportTarget } from '../../../../shared/directory/import-fields';
import { Facts } from '../../ui/Facts';
import type { ImportWizard } from './use-import-wizard';
import { useClearButton } from './use-clear-button';

/** The file field shows its placeholder as text, which needs the contrast of secondary text. */
const READABLE_PLACEHOLDER = { placeholder: { color: 'var(--mantine-color-dimmed)' } };

const DELIMITER_KEYS = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const;

/** What to import and from which file; shows how the file was read. */
export function ImportFileStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const clear = useClearButton();
  const { loaded } = wizard;
  return (
    <Stack gap="lg" mt="lg" maw="48rem">
      <Stack gap={6}>
        <Text fw={600} id="import-target-label">
          {t('directory.importWhat')}
        </Text>
        <SegmentedControl
          aria-labelledby="import-target-label"
          value={wizard.target}
          onChange={(value) => wizard.setTarget(value as ImportTarget)}
          data={[
            { value: 'persons', label: t('directory.persons') },
            { value: 'organisations', label: t('directory.organisations') },
          ]}
          w="fit-content"
        />
      </Stack>
      <FileInput
        label={t('directory.csvFile')}
        description={t('directory.csvFileHint')}
        placeholder={t('directory.chooseFile')}
        styles={READABLE_PLACEHOLDER}
        accept=".csv,.txt,text/csv"
        leftSection={<IconFileSpreadsheet size="1rem" aria-hidden />}
        onChange={wizard.chooseFile}
        {...clear(t('directory.csvFile'))}
      />
      {loaded && (
        <Facts
          items={[
            { label: t('directory.fileName'), value: loaded.fileName },
            { label: t('directory.encoding'), value: t(`directory.encodings.${loaded.encoding}`) },
            {
              label: t('directory.delimiter'),
              value: t(`directory.delimiters.${DELIMITER_KEYS[loaded.csv.delimiter]}`),
            },
            {
              label: t('directory.fileSize'),
              value: t('directory.rowsAndColumns', {
                rows: loaded.csv.rows.length,
                columns: loaded.csv.headers.length,
              }),
            },
          ]}
        />
      )}
      {loaded?.csv.rows.length === 0 && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
          {t('directory.fileWithoutRows')}
        </Alert>
      )}
      <Group>
        <Button
          onClick={() => wizard.goTo('mapping')}
          disabled={!loaded || loaded.csv.rows.length === 0}
          rightSection={<IconArrowRight size="1rem" aria-hidden />}
        >
          {t('directory.nextMapping')}
        </Button>
      </Group>
    </Stack>
  );
}
