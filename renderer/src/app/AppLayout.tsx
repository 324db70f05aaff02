import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useActiveNetwork } from './active-network';
import classes from './AppLayout.module.css';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';
import { useFocusPageOnNavigate } from './use-focus-page-on-navigate';

export const MAIN_ID = 'main-content';

export function AppLayout() {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  useFocusPageOnNavigate(MAIN_ID);

  return (
    <AppShell
      header={{ height: '3.75rem' }}
      navbar={{ width: '15.5rem', breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding={{ base: 'md', md: 'xl' }}
    >
      <SkipLink targetId={MAIN_ID} />
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" gap="md" wrap="nowrap">
          <Burger
            opened={navOpen}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            color="white"
            aria-label={navOpen ? t('app.closeNavigation') : t('app.openNavigation')}
          />
          <Text span className={classes.appName}>
            {t('app.name')}
          </Text>
          <div className={classes.network}>
            <Text span className={classes.networkLabel}>
              {t('app.activeNetwork')}
            </Text>
            <Text span className={classes.networkName} truncate="end">
              {network.name}
            </Text>
          </div>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('app.mainNavigation')} className={classes.navbar}>
        <MainNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <div className={classes.page}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
