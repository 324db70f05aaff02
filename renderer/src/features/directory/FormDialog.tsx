import { Alert, Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIALOG_STYLES } from './dialog-styles';

interface FormDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  saving: boolean;
  /** A problem no single field shows (e.g. the record was deleted meanwhile). */
  problem?: string;
  size?: ModalProps['size'];
  children: ReactNode;
}

/** A dialog around a form: Enter in a field saves, Escape or "Abbrechen" closes without saving. */
export function FormDialog({
  opened,
  onClose,
  title,
  onSubmit,
  saving,
  problem,
  size = 'lg',
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      styles={DIALOG_STYLES}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {children}
          {problem && (
            <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('common.error')}>
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('directory.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
