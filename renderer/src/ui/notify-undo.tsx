import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { i18n } from '../app/i18n';
import { notify } from './notify';

/**
 * A removal that can be taken back: the toast says what was removed and offers "Rückgängig". It
 * stays until closed or used, so there is time to read it and reach the button by keyboard.
 */
export function notifyUndo(title: string, message: string, undo: () => Promise<unknown>): void {
  const id = notifications.show({
    color: 'petrol',
    title,
    autoClose: false,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
    message: (
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={async () => {
            notifications.hide(id);
            try {
              await undo();
            } catch (error) {
              notify('error', i18n.t('common.error'), (error as Error).message);
            }
          }}
        >
          {i18n.t('meetings.undo')}
        </Button>
      </Group>
    ),
  });
}
