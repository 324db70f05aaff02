import { ActionIcon, Menu, type ActionIconProps } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** "…": a row's or page's less frequent actions behind one named button. */
export function MoreMenu({
  label,
  size,
  variant = 'subtle',
  children,
}: {
  /** Names what the actions belong to: "Weitere Aktionen zu TOP 3". */
  label: string;
  size?: ActionIconProps['size'];
  variant?: ActionIconProps['variant'];
  children: ReactNode;
}) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant={variant} color="gray" size={size} aria-label={label}>
          <IconDots size="1.125rem" aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}
