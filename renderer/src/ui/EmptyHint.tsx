import { EmptyState } from '@mantine/core';
import { IconInbox, type Icon } from '@tabler/icons-react';
import type { CSSProperties } from 'react';

/** A small indicator beside body-size text: an empty list is information, not decoration. */
const COMPACT = {
  '--empty-state-indicator-size': '1.375rem',
  '--empty-state-gap': 'var(--mantine-spacing-md)',
  '--empty-state-description-fz': 'var(--mantine-font-size-md)',
  alignItems: 'center',
} as CSSProperties;

/** What an empty list means and what to do about it, in one helpful sentence. */
export function EmptyHint({ text, icon: Icon = IconInbox }: { text: string; icon?: Icon }) {
  return (
    <EmptyState
      align="left"
      withIndicatorBackground
      icon={<Icon stroke={1.5} aria-hidden />}
      description={text}
      style={COMPACT}
      py="sm"
    />
  );
}
