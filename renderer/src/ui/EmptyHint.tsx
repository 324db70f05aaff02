import { EmptyState } from '@mantine/core';
import { IconInbox, type Icon } from '@tabler/icons-react';

/** What an empty list means and what to do about it, in one helpful sentence. */
export function EmptyHint({ text, icon: Icon = IconInbox }: { text: string; icon?: Icon }) {
  return (
    <EmptyState
      size="sm"
      align="left"
      withIndicatorBackground
      icon={<Icon size="1.5rem" stroke={1.5} aria-hidden />}
      description={text}
      py="md"
    />
  );
}
