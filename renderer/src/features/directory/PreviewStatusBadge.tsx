import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconPlus, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RowStatus } from '../../../../shared/directory/import-preview';

const LOOK: Record<RowStatus, { color: string; Icon: Icon }> = {
  neu: { color: 'green', Icon: IconPlus },
  duplikat: { color: 'orange', Icon: IconCopy },
  ungültig: { color: 'red', Icon: IconAlertTriangle },
};

/** A preview row's status in words and with an icon, never by colour alone. */
export function PreviewStatusBadge({ status }: { status: RowStatus }) {
  const { t } = useTranslation();
  const { color, Icon } = LOOK[status];
  return (
    <Badge variant="light" color={color} leftSection={<Icon size="0.875rem" aria-hidden />}>
      {t(`directory.rowStatus.${status}`)}
    </Badge>
  );
}
