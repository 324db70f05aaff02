import { notifications } from '@mantine/notifications';
import { i18n } from '../app/i18n';

type Tone = 'success' | 'error';

const COLORS: Record<Tone, string> = { success: 'green', error: 'red' };

/** A toast with a labelled close button; errors stay until closed, so they can be read in full. */
export function notify(tone: Tone, title: string, message: string): void {
  notifications.show({
    color: COLORS[tone],
    title,
    message,
    autoClose: tone === 'error' ? false : 5000,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
