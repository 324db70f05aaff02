import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconInfoCircle, IconLoader2 } from '@tabler/icons-react';
import { createContext, use, useEffect, useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createSaveStatusStore, type SaveState, type SaveStatusStore } from './save-status-store';

const SaveStatusContext = createContext<SaveStatusStore>(createSaveStatusStore());

/** Collects the save states of everything below it that saves by itself. */
export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createSaveStatusStore);
  return <SaveStatusContext value={store}>{children}</SaveStatusContext>;
}

/** Reports one part's save state to the page's status line. */
export function useReportSaveState(state: SaveState): void {
  const store = use(SaveStatusContext);
  const id = useId();
  useEffect(() => store.set(id, state), [store, id, state]);
  useEffect(() => () => store.remove(id), [store, id]);
}

const ICONS = {
  saved: IconCheck,
  pending: IconLoader2,
  saving: IconLoader2,
  invalid: IconInfoCircle,
  error: IconAlertTriangle,
} as const;

/** "Gespeichert", "Speichert …" or "Nicht gespeichert – …": quiet, and announced politely. */
export function SaveStatus() {
  const { t } = useTranslation();
  const store = use(SaveStatusContext);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const Icon = state.kind === 'idle' ? undefined : ICONS[state.kind];
  const text = {
    idle: '',
    saved: t('minutes.saved'),
    pending: t('minutes.saving'),
    saving: t('minutes.saving'),
    invalid: 'message' in state ? t('minutes.notSaved', { reason: state.message }) : '',
    error: 'message' in state ? t('minutes.notSaved', { reason: state.message }) : '',
  }[state.kind];
  return (
    <Text size="sm" c={state.kind === 'error' ? 'red.9' : 'dimmed'} role="status" aria-live="polite" mih="1.5rem">
      <Group component="span" gap={6} wrap="nowrap">
        {Icon && <Icon size="1rem" aria-hidden style={{ flex: 'none' }} />}
        {text}
      </Group>
    </Text>
  );
}
