import { Center, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LoadingState({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullScreen ? '100vh' : undefined} py="xl" role="status">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text>{t('app.loading')}</Text>
      </Group>
    </Center>
  );
}
