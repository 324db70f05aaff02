import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A failure shown in German with the way out: reloading the app keeps every saved record. */
export function ErrorNotice({ error, fullScreen = false }: { error: Error; fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullScreen ? '100vh' : undefined} p="xl">
      <Alert
        color="red"
        title={t('app.errorTitle')}
        icon={<IconAlertTriangle aria-hidden />}
        role="alert"
        maw="40rem"
        w="100%"
      >
        <Stack gap="sm" align="flex-start">
          <Text>{t('app.errorText')}</Text>
          <Text size="sm" ff="monospace">
            {error.message}
          </Text>
          <Button onClick={() => window.location.reload()}>{t('app.reload')}</Button>
        </Stack>
      </Alert>
    </Center>
  );
}
