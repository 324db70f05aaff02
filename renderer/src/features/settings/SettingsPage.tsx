import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { AppInfoSettings } from './AppInfoSettings';
import { LanguageSettings } from './LanguageSettings';
import { LetterheadLogoSettings } from './LetterheadLogoSettings';
import { NetworkSettings } from './NetworkSettings';
import { OrganisationTypesSettings } from './OrganisationTypesSettings';
import { StorageSettings } from './StorageSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="xl">
        <NetworkSettings />
        <LetterheadLogoSettings />
        <LanguageSettings />
        <OrganisationTypesSettings />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
          <StorageSettings />
          <AppInfoSettings />
        </SimpleGrid>
      </Stack>
    </>
  );
}
