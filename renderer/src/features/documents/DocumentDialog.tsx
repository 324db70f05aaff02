import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DocumentActions } from './DocumentActions';
import { DocumentNotices } from './DocumentNotices';
import { DocumentPreview } from './DocumentPreview';
import { PdfRenderTimeout } from './pdf-service';
import type { Production } from './use-document-production';

interface DocumentDialogProps {
  production: Production;
  opened: boolean;
  label: string;
  onRetry: () => void;
  onClose: () => void;
  /** After the dialog has gone, e.g. to put focus back where the user was. */
  onClosed: () => void;
}

function Failed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const timedOut = error instanceof PdfRenderTimeout;
  return (
    <Alert color="red" title={t('documents.failed')} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {timedOut ? t('documents.timedOut') : String(error instanceof Error ? error.message : error)}
        </Text>
        <Button variant="default" onClick={onRetry}>
          {t('documents.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** One document: busy while it is made, then its notes, the preview, and save / print. */
export function DocumentDialog({ production, opened, label, onRetry, onClose, onClosed }: DocumentDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onClosed}
      returnFocus={false}
      title={label}
      size="70rem"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {production.status === 'busy' && (
        <Group gap="sm" py="xl" justify="center" role="status">
          <Loader size="sm" aria-hidden />
          <Text>{t('documents.preparing')}</Text>
        </Group>
      )}
      {production.status === 'failed' && <Failed error={production.error} onRetry={onRetry} />}
      {production.status === 'ready' && (
        <Stack gap="md">
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed">
              {t('documents.fileName', { fileName: production.document.fileName })}
            </Text>
            <DocumentActions document={production.document} />
          </Group>
          <DocumentNotices document={production.document} />
          <DocumentPreview pdf={production.document.pdf} label={label} />
        </Stack>
      )}
    </Modal>
  );
}
