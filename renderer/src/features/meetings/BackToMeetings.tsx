import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/routes';

/** "← Alle Sitzungen" above the pages that belong to the meetings list. */
export function BackToMeetings() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.meetings} size="sm" display="inline-block" mb="xs">
      <Group gap={4} component="span">
        <IconArrowLeft size="1rem" aria-hidden />
        {t('meetings.backToList')}
      </Group>
    </Anchor>
  );
}
