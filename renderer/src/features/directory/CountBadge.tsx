import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "3 Einträge" beside a section heading. */
export function CountBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="gray" size="md">
      {t('common.resultCount', { count })}
    </Badge>
  );
}
