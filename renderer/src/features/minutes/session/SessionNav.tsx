import { Badge, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../../shared/schemas';
import classes from './SessionNav.module.css';
import { ATTENDANCE } from './use-session-view';
import type { SessionItem } from './session-data';

interface SessionNavProps {
  items: readonly SessionItem[];
  participants: readonly Participant[];
  selected: string;
  /** The item under discussion, marked "läuft". */
  currentId?: string;
  onShow: (step: string) => void;
}

/** What an item already has in the minutes, in words: "20 Min. · Notizen · B-LK-2026-04 · 2 Aufgaben". */
function ItemSummary({ entry }: { entry: SessionItem }) {
  const { t } = useTranslation();
  const parts = [
    t('minutes.session.plannedMinutes', { count: entry.item.plannedMinutes }),
    entry.item.notes ? t('minutes.notes.title') : undefined,
    ...entry.results.map((r) => r.label ?? t(`minutes.result.kinds.${r.kind}`)),
    entry.tasks.length > 0 ? t('minutes.task.count', { count: entry.tasks.length }) : undefined,
  ];
  return <>{parts.filter(Boolean).join(' · ')}</>;
}

/** The meeting's steps: attendance, then every item; the shown one is marked for screen readers too. */
export function SessionNav({ items, participants, selected, currentId, onShow }: SessionNavProps) {
  const { t } = useTranslation();
  const recorded = participants.filter((p) => p.attendance !== 'offen').length;
  return (
    <ScrollArea.Autosize className={classes.sticky} mah="calc(100vh - 7rem)" type="auto" offsetScrollbars>
      <nav aria-label={t('minutes.session.flow')}>
        <NavLink
          component="button"
          active={selected === ATTENDANCE}
          aria-current={selected === ATTENDANCE ? 'step' : undefined}
          onClick={() => onShow(ATTENDANCE)}
          leftSection={<IconUsers size="1.1rem" aria-hidden />}
          label={t('minutes.attendance.title')}
          description={t('minutes.session.recorded', { recorded, total: participants.length })}
          mb="xs"
        />
        {items.map((entry) => (
          <NavLink
            key={entry.item.id}
            component="button"
            active={selected === entry.item.id}
            aria-current={selected === entry.item.id ? 'step' : undefined}
            onClick={() => onShow(entry.item.id)}
            pl={entry.depth ? 'xl' : undefined}
            leftSection={
              <Stack gap={2} w="3.4rem" align="flex-start">
                <Text span fw={700} size="sm">
                  {t('minutes.itemNumber', { number: entry.number })}
                </Text>
                {currentId === entry.item.id && (
                  <Badge size="xs" variant="light" color="orange">
                    {t('minutes.session.current')}
                  </Badge>
                )}
              </Stack>
            }
            label={entry.item.title}
            description={<ItemSummary entry={entry} />}
            classNames={{ label: classes.label }}
          />
        ))}
      </nav>
    </ScrollArea.Autosize>
  );
}
