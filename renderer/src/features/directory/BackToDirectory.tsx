import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/routes';

/** "Zurück zum Verzeichnis", to the tab the page belongs to. */
export function BackToDirectory({ tab }: { tab: 'organisationen' | 'personen' | 'gremien' }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.directoryTab(tab)} size="sm" display="inline-block" mb="xs">
      <Group gap={4} component="span">
        <IconArrowLeft size="1rem" aria-hidden />
        {t(`directory.backTo.${tab}`)}
      </Group>
    </Anchor>
  );
}
