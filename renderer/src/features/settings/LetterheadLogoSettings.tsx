import { Alert, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/schemas';
import { useActiveNetwork } from '../../app/active-network';
import { formatBytes } from '../../ui/format-bytes';
import { LoadingState } from '../../ui/LoadingState';
import { Section } from '../../ui/Section';
import { useBlobSource } from '../../ui/use-blob-source';
import { useLetterheadLogo } from './use-letterhead-logo';

function LogoPreview({ logo }: { logo: Attachment }) {
  const { t, i18n } = useTranslation();
  const network = useActiveNetwork();
  const showLogo = useBlobSource(logo.blob);
  return (
    <Stack gap={4} align="flex-start">
      <Paper withBorder p="sm" radius="sm" bg="white">
        <img
          ref={showLogo}
          alt={t('documents.logo.previewAlt', { network: network.name })}
          style={{ display: 'block', maxWidth: '16rem', maxHeight: '5rem' }}
        />
      </Paper>
      <Text size="sm" c="dimmed">
        {t('documents.logo.details', { fileName: logo.fileName, size: formatBytes(logo.size, i18n.language) })}
      </Text>
    </Stack>
  );
}

/** Upload, preview and removal of the logo printed in every document's letterhead. */
export function LetterheadLogoSettings() {
  const { t } = useTranslation();
  const { logo, checking, problem, upload, remove } = useLetterheadLogo();
  return (
    <Section title={t('documents.logo.title')} description={t('documents.logo.hint')}>
      <Stack gap="md" align="flex-start">
        {logo === undefined ? (
          <LoadingState />
        ) : logo ? (
          <LogoPreview logo={logo} />
        ) : (
          <Text size="sm">{t('documents.logo.none')}</Text>
        )}
        {problem && (
          <Alert color="red" role="alert" w="100%">
            {problem}
          </Alert>
        )}
        <Group gap="sm">
          <FileButton onChange={(file) => file && void upload(file)} accept="image/png,image/jpeg">
            {(props) => (
              <Button {...props} loading={checking} leftSection={<IconPhotoUp size="1rem" aria-hidden />}>
                {logo ? t('documents.logo.replace') : t('documents.logo.upload')}
              </Button>
            )}
          </FileButton>
          {logo && (
            <Button variant="default" leftSection={<IconTrash size="1rem" aria-hidden />} onClick={() => void remove()}>
              {t('documents.logo.remove')}
            </Button>
          )}
        </Group>
        {checking && (
          <Text size="sm" role="status">
            {t('documents.logo.checking')}
          </Text>
        )}
      </Stack>
    </Section>
  );
}
