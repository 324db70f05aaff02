import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SessionItem } from './session-data';

/** The time now, renewed every second while shown. */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** "12:05" minutes and seconds. */
const minutesAndSeconds = (ms: number): string => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

function Elapsed({ startedAt, planned }: { startedAt: string; planned: number }) {
  const { t } = useTranslation();
  const elapsed = useNow() - Date.parse(startedAt);
  const minutes = Math.floor(elapsed / 60_000);
  const over = minutes - planned;
  return (
    <Stack gap={6}>
      <Group gap="sm" align="baseline">
        <Text fz="1.6rem" fw={700} ff="monospace" lh={1}>
          {minutesAndSeconds(elapsed)}
        </Text>
        <Text c="dimmed">{t('minutes.clock.of', { planned })}</Text>
        {over > 0 ? (
          <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size="0.9rem" aria-hidden />}>
            {t('minutes.clock.over', { count: over })}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('minutes.clock.left', { count: planned - minutes })}
          </Text>
        )}
      </Group>
      <Progress
        aria-hidden
        size="sm"
        value={planned > 0 ? Math.min(100, (elapsed / (planned * 60_000)) * 100) : 100}
        color={over > 0 ? 'orange' : 'petrol'}
      />
    </Stack>
  );
}

interface ItemClockProps {
  entry: SessionItem;
  session: Session;
  onCall: () => void;
}

/** Planned time of the item; while it is under discussion, the time it has taken so far. */
export function ItemClock({ entry, session, onCall }: ItemClockProps) {
  const { t } = useTranslation();
  const { meeting, running } = session;
  const startedAt = running && meeting.currentAgendaItemId === entry.item.id ? meeting.currentItemStartedAt : undefined;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('minutes.clock.planned', { start: entry.start, end: entry.end, count: entry.item.plannedMinutes })}
      </Text>
      {startedAt ? (
        <Elapsed startedAt={startedAt} planned={entry.item.plannedMinutes} />
      ) : (
        running && (
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlayerPlay size="0.9rem" aria-hidden />}
            onClick={onCall}
            w="fit-content"
          >
            {t('minutes.clock.call')}
          </Button>
        )
      )}
    </Stack>
  );
}
