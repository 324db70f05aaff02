import { Button, Group, Text } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { sessionRepo } from '../../../db/repos';
import { notify } from '../../../ui/notify';
import type { Session } from './session-data';

/** Begin, end or resume the meeting; its actual times in words. */
export function SessionControls({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { meeting, items, locked, running } = session;
  const act = (action: () => Promise<unknown>) => () =>
    void action().catch((error: Error) => notify('error', t('common.error'), error.message));
  const state = meeting.actualEnd
    ? t('minutes.session.held', { start: meeting.actualStart, end: meeting.actualEnd })
    : meeting.actualStart
      ? t(running ? 'minutes.session.runningSince' : 'minutes.session.begunAt', { time: meeting.actualStart })
      : t('minutes.session.notStarted');
  return (
    <Group gap="sm">
      <Text size="sm" c="dimmed">
        {state}
      </Text>
      {!locked &&
        (running ? (
          <Button
            variant="default"
            leftSection={<IconPlayerStop size="1rem" aria-hidden />}
            onClick={act(() => sessionRepo.end(meeting.id))}
          >
            {t('minutes.session.end')}
          </Button>
        ) : (
          <Button
            leftSection={<IconPlayerPlay size="1rem" aria-hidden />}
            onClick={act(() => sessionRepo.begin(meeting.id, items[0]?.item.id))}
          >
            {meeting.actualEnd ? t('minutes.session.resume') : t('minutes.session.begin')}
          </Button>
        ))}
    </Group>
  );
}
