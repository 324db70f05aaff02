import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconJson, IconTrash, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/routes';
import { exportPersonData } from '../../db/repos';
import { notify } from '../../ui/notify';
import { Section } from '../../ui/Section';
import { useToday } from '../../ui/use-today';
import { AnonymisePersonDialog } from './AnonymisePersonDialog';
import { DeletePersonDialog } from './DeletePersonDialog';
import { saveTextFile } from './save-text-file';
import { useDialog } from './use-dialog';

type ExportFormat = 'txt' | 'json';

/** DSGVO rights of one person: a copy of the data (Art. 15), anonymising or deleting (Art. 17). */
export function PersonPrivacy({ person, anonymised }: { person: { id: string; name: string }; anonymised: boolean }) {
  const { t } = useTranslation();
  const today = useToday();
  const navigate = useNavigate();
  const anonymise = useDialog();
  const remove = useDialog();
  const [exporting, setExporting] = useState<ExportFormat>();

  const exportData = async (format: ExportFormat) => {
    setExporting(format);
    try {
      const data = await exportPersonData(person.id, today);
      await saveTextFile(`${data.fileName}.${format}`, format === 'json' ? data.json : data.text, {
        name: t(`directory.exportFilter.${format}`),
        extension: format,
      });
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    } finally {
      setExporting(undefined);
    }
  };

  return (
    <Section title={t('directory.privacy')} description={t('directory.privacyHint')}>
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={3} fz="md">
            {t('directory.accessTitle')}
          </Title>
          <Text size="sm">{t('directory.accessText')}</Text>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconFileText size="1rem" aria-hidden />}
              loading={exporting === 'txt'}
              onClick={() => exportData('txt')}
            >
              {t('directory.exportText')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconJson size="1rem" aria-hidden />}
              loading={exporting === 'json'}
              onClick={() => exportData('json')}
            >
              {t('directory.exportJson')}
            </Button>
          </Group>
        </Stack>
        <Stack gap="xs">
          <Title order={3} fz="md">
            {t('directory.erasureTitle')}
          </Title>
          <Text size="sm">{t('directory.erasureText')}</Text>
          <Group gap="sm">
            <Button
              variant="default"
              color="red"
              leftSection={<IconUserOff size="1rem" aria-hidden />}
              onClick={() => anonymise.open()}
              disabled={anonymised}
            >
              {t('directory.anonymise')}
            </Button>
            <Button
              variant="outline"
              color="red"
              leftSection={<IconTrash size="1rem" aria-hidden />}
              onClick={() => remove.open()}
            >
              {t('directory.delete')}
            </Button>
          </Group>
        </Stack>
      </Stack>
      <AnonymisePersonDialog opened={anonymise.opened} onClose={anonymise.close} person={person} />
      <DeletePersonDialog
        opened={remove.opened}
        onClose={remove.close}
        person={person}
        onDeleted={() => navigate(paths.directoryTab('personen'))}
      />
    </Section>
  );
}
