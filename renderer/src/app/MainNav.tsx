import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useMatch } from 'react-router';
import { NAV_ITEMS } from './routes';

function MainNavLink({ item, onNavigate }: { item: (typeof NAV_ITEMS)[number]; onNavigate: () => void }) {
  const { t } = useTranslation();
  const end = item.path === '/';
  const active = useMatch({ path: item.path, end }) !== null;
  const Icon = item.icon;
  return (
    <NavLink
      component={RouterNavLink}
      to={item.path}
      end={end}
      label={t(`nav.${item.key}`)}
      leftSection={<Icon size="1.25rem" stroke={1.75} aria-hidden />}
      active={active}
      onClick={onNavigate}
      fw={active ? 600 : 500}
    />
  );
}

/** react-router's NavLink marks the current page with aria-current="page". */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack justify="space-between" h="100%">
      <Stack gap={4}>
        {NAV_ITEMS.map((item) => (
          <MainNavLink key={item.key} item={item} onNavigate={onNavigate} />
        ))}
      </Stack>
      <Text size="xs" c="dimmed" px="sm">
        {t('app.offline')}
      </Text>
    </Stack>
  );
}
