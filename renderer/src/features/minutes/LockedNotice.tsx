import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Says why nothing can be edited: approved minutes are final; corrections are amendments. */
export function LockedNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title={t('minutes.locked.title')}>
      {t('minutes.locked.text')}
    </Alert>
  );
}
