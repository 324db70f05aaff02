import { Drawer } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Which item a drawer edits. The target outlives closing, so the drawer keeps its content while it
 * slides out and Mantine returns focus to the button that opened it; `key` starts a fresh form.
 */
export function useDrawerTarget<T>() {
  const [state, setState] = useState<{ opened: boolean; target?: T; key: number }>({ opened: false, key: 0 });
  const actions = useMemo(
    () => ({
      open: (target: T) => setState((s) => ({ opened: true, target, key: s.key + 1 })),
      close: () => setState((s) => ({ ...s, opened: false })),
    }),
    [],
  );
  return { ...state, ...actions };
}

/** The side panel in which an agenda or template item is edited. */
export function ItemDrawer({
  title,
  opened,
  onClose,
  children,
}: {
  title: string;
  opened: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {children}
    </Drawer>
  );
}
