import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIALOG_STYLES } from './dialog-styles';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button for actions that remove or change data for good. */
  danger?: boolean;
  /** May throw: the message is shown in the dialog (e.g. a repository's refusal) and it stays open. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/**
 * Asks before an action that cannot be undone (focus starts on "Abbrechen" for dangerous ones); a
 * refusal is explained where the user is looking.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  const close = () => {
    setRefusal(undefined);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setRefusal(undefined);
    try {
      await onConfirm();
      close();
    } catch (error) {
      setRefusal((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      size="lg"
      styles={DIALOG_STYLES}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        {children}
        {refusal && (
          <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('common.error')}>
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus={danger || undefined}>
            {t('directory.cancel')}
          </Button>
          <Button
            color={danger ? 'red' : undefined}
            onClick={confirm}
            loading={busy}
            data-autofocus={!danger || undefined}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
