import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconJson, IconUserOff, type Icon } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/routes';
import { exportPersonData } from '../../db/repos';
import { notify } from '../../ui/notify';
import { Section } from '../../ui/Section';
import { useToday } from '../../ui/use-today';
import { AnonymisePersonDialog } from './AnonymisePersonDialog';
import { DeleteButton } from './DeleteButton';
import { DeletePersonDialog } from './DeletePersonDialog';
import { saveTextFile } from './save-text-file';
import { useDialog } from './use-dialog';

type ExportFormat = 'txt' | 'json';

const EXPORT_FORMATS: readonly { format: ExportFormat; Icon: Icon }[] = [
  { format: 'txt', Icon: IconFileText },
  { format: 'json', Icon: IconJson },
];

/** One right: what it means, and the buttons that exercise it. */
function PrivacyRight({ title, text, children }: { title: string; text: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={3} fz="md">
        {title}
      </Title>
      <Text size="sm">{text}</Text>
      <Group gap="sm">{children}</Group>
    </Stack>
  );
}

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
        <PrivacyRight title={t('directory.accessTitle')} text={t('directory.accessText')}>
          {EXPORT_FORMATS.map(({ format, Icon }) => (
            <Button
              key={format}
              variant="default"
              leftSection={<Icon size="1rem" aria-hidden />}
              loading={exporting === format}
              onClick={() => exportData(format)}
            >
              {t(`directory.exportAs.${format}`)}
            </Button>
          ))}
        </PrivacyRight>
        <PrivacyRight title={t('directory.erasureTitle')} text={t('directory.erasureText')}>
          <Button
            variant="default"
            leftSection={<IconUserOff size="1rem" aria-hidden />}
            onClick={() => anonymise.open()}
            disabled={anonymised}
          >
            {t('directory.anonymise')}
          </Button>
          <DeleteButton onClick={() => remove.open()} />
        </PrivacyRight>
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
