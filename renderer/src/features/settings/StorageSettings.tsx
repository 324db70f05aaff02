import { Badge, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageStatus } from '../../platform/storage';
import { Facts } from '../../ui/Facts';
import { LoadingState } from '../../ui/LoadingState';
import { formatBytes } from '../../ui/format-bytes';
import { Section } from '../../ui/Section';

function StorageFacts({ status }: { status: Promise<Awaited<ReturnType<typeof storageStatus>>> }) {
  const { t, i18n } = useTranslation();
  const { persisted, usage, quota } = use(status);
  const size = (bytes: number | undefined) =>
    bytes === undefined ? t('settings.unknown') : formatBytes(bytes, i18n.language);
  return (
    <Stack gap="md">
      <Facts
        items={[
          {
            label: t('settings.persistence'),
            value: (
              <Badge
                variant="light"
                color={persisted ? 'green' : 'orange'}
                leftSection={
                  persisted ? (
                    <IconShieldCheck size="0.875rem" aria-hidden />
                  ) : (
                    <IconAlertTriangle size="0.875rem" aria-hidden />
                  )
                }
              >
                {persisted ? t('settings.persistent') : t('settings.notPersistent')}
              </Badge>
            ),
          },
          { label: t('settings.usage'), value: t('settings.usageValue', { used: size(usage), quota: size(quota) }) },
        ]}
      />
      <Text size="sm">{persisted ? t('settings.persistentText') : t('settings.notPersistentText')}</Text>
    </Stack>
  );
}

export function StorageSettings() {
  const { t } = useTranslation();
  // Read once per visit: the estimate is a snapshot, not live data.
  const [status] = useState(storageStatus);
  return (
    <Section title={t('settings.storage')}>
      <Suspense fallback={<LoadingState />}>
        <StorageFacts status={status} />
      </Suspense>
    </Section>
  );
}
