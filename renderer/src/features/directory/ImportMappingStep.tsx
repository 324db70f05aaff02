import { Alert, Button, Group, List, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldsOf, mappingProblems, type ImportField } from '../../../../shared/directory/import-fields';
import { sampleValues } from './import-wizard';
import type { ImportWizard } from './use-import-wizard';

const SKIP = 'skip';

/** One select per column of the file: which field it fills, or none; suggestions preselected. */
export function ImportMappingStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const { loaded, mapping, target } = wizard;
  if (!loaded) return null;
  const samples = sampleValues(loaded.csv);
  const problems = mappingProblems(mapping, target);
  const options = [
    { value: SKIP, label: t('directory.notImported') },
    ...fieldsOf(target).map((field) => ({ value: field, label: t(`directory.importFields.${field}`) })),
  ];

  return (
    <Stack gap="lg" mt="lg">
      <Text>{t('directory.mappingIntro')}</Text>
      <Table.ScrollContainer minWidth="40rem">
        <Table verticalSpacing="xs" aria-label={t('directory.importSteps.mapping')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.fileColumn')}</Table.Th>
              <Table.Th>{t('directory.sampleValue')}</Table.Th>
              <Table.Th w="18rem">{t('directory.targetField')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loaded.csv.headers.map((header, column) => (
              <Table.Tr key={`${column}-${header}`}>
                <Table.Td fw={600}>{header || t('directory.unnamedColumn', { number: column + 1 })}</Table.Td>
                <Table.Td c="dimmed">{samples[column] || t('common.notSet')}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('directory.fieldForColumn', { column: header || column + 1 })}
                    data={options}
                    value={mapping[column] ?? SKIP}
                    onChange={(value) => wizard.mapColumn(column, value === SKIP ? null : (value as ImportField))}
                    allowDeselect={false}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {problems.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('directory.mappingProblems')}>
          <List size="sm">
            {problems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group>
        <Button
          variant="default"
          onClick={() => wizard.goTo('file')}
          leftSection={<IconArrowLeft size="1rem" aria-hidden />}
        >
          {t('directory.back')}
        </Button>
        <Button
          onClick={wizard.checkRows}
          loading={wizard.busy}
          disabled={problems.length > 0}
          rightSection={<IconArrowRight size="1rem" aria-hidden />}
        >
          {t('directory.nextPreview')}
        </Button>
      </Group>
    </Stack>
  );
}
