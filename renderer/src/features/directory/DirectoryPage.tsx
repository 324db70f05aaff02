import { Paper, Tabs } from '@mantine/core';
import { IconBuilding, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { BodiesTab } from './BodiesTab';
import { OrganisationsTab } from './OrganisationsTab';
import { PersonsTab } from './PersonsTab';

const TABS = ['organisationen', 'personen', 'gremien'] as const;
type Tab = (typeof TABS)[number];

const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab);

export function DirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = isTab(params.get('bereich')) ? (params.get('bereich') as Tab) : 'organisationen';
  const iconProps = { size: '1rem', 'aria-hidden': true } as const;

  return (
    <>
      <PageHeader title={t('directory.title')} />
      <Paper withBorder radius="md">
        <Tabs
          value={tab}
          onChange={(value) => setParams(isTab(value) ? { bereich: value } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('directory.tabsLabel')} px="md" pt="xs">
            <Tabs.Tab value="organisationen" leftSection={<IconBuilding {...iconProps} />}>
              {t('directory.organisations')}
            </Tabs.Tab>
            <Tabs.Tab value="personen" leftSection={<IconUsers {...iconProps} />}>
              {t('directory.persons')}
            </Tabs.Tab>
            <Tabs.Tab value="gremien" leftSection={<IconUsersGroup {...iconProps} />}>
              {t('directory.bodies')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="organisationen" p="lg">
            <OrganisationsTab />
          </Tabs.Panel>
          <Tabs.Panel value="personen" p="lg">
            <PersonsTab />
          </Tabs.Panel>
          <Tabs.Panel value="gremien" p="lg">
            <BodiesTab />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </>
  );
}
