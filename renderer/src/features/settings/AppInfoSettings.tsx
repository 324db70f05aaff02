import { Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../../shared/ipc/contract';
import { platform } from '../../platform/api';
import { Facts } from '../../ui/Facts';
import { LoadingState } from '../../ui/LoadingState';
import { Section } from '../../ui/Section';

const PLATFORMS = ['win32', 'darwin', 'linux', 'browser'] as const;
const isKnownPlatform = (name: string): name is (typeof PLATFORMS)[number] => PLATFORMS.includes(name as never);

function AppInfoFacts({ info }: { info: Promise<ResultOf<'getAppInfo'>> }) {
  const { t } = useTranslation();
  const { version, platform: os, dataPath, backupPath } = use(info);
  const platformName = isKnownPlatform(os) ? t(`settings.platformNames.${os}`) : os;
  return (
    <Facts
      items={[
        { label: t('settings.version'), value: version },
        { label: t('settings.platform'), value: platformName },
        { label: t('settings.dataPath'), value: dataPath },
        { label: t('settings.backupPath'), value: backupPath },
      ]}
    />
  );
}

export function AppInfoSettings() {
  const { t } = useTranslation();
  const [info] = useState(() => platform.getAppInfo());
  return (
    <Section title={t('settings.appInfo')}>
      <Suspense fallback={<LoadingState />}>
        <AppInfoFacts info={info} />
      </Suspense>
    </Section>
  );
}
