import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, type FingerprintCheck } from '../../../../../shared/domain/minutes-fingerprint';
import type { Minutes } from '../../../../../shared/schemas';
import { verifyMinutes } from '../minutes-approval';

/**
 * The SHA-256 fingerprint stored at approval, and a check whether the stored minutes and the
 * current records still match it.
 */
export function FingerprintPanel({ minutes, today }: { minutes: Minutes; today: string }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<FingerprintCheck>();
  const [checking, setChecking] = useState(false);
  const verify = async () => {
    setChecking(true);
    try {
      setCheck(await verifyMinutes(minutes, today));
    } finally {
      setChecking(false);
    }
  };
  if (!minutes.fingerprint) return <Text size="sm">{t('minutes.fingerprint.none')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('minutes.fingerprint.hint')}
      </Text>
      <Text ff="monospace" fz="sm" bg="gray.0" p="sm" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        {formatFingerprint(minutes.fingerprint)}
      </Text>
      <Button
        variant="default"
        w="fit-content"
        leftSection={<IconShieldCheck size="1rem" aria-hidden />}
        loading={checking}
        onClick={() => void verify()}
      >
        {t('minutes.fingerprint.verify')}
      </Button>
      <div role="status">
        {check &&
          (check.ok ? (
            <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('minutes.fingerprint.okTitle')}>
              {t('minutes.fingerprint.ok')}
            </Alert>
          ) : (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('minutes.fingerprint.failedTitle')}>
              {t(`minutes.fingerprint.reasons.${check.reason}`)}
            </Alert>
          ))}
      </div>
    </Stack>
  );
}
