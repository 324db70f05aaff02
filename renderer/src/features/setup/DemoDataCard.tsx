import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';

export function DemoDataCard() {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);

  const load = async () => {
    setLoading(true);
    try {
      // The demo data is only needed once, so it is not part of the start-up bundle.
      const { loadDemoNetwork } = await import('../demo/auenfeld');
      await loadDemoNetwork();
    } catch (error) {
      notify('error', t('setup.demoFailed'), (error as Error).message);
      setLoading(false);
    }
  };

  return (
    <Paper component="section" aria-labelledby="demo-title" withBorder radius="md" p="xl" bg="gray.0">
      <Stack gap="md" align="flex-start">
        <IconFlask size="2rem" stroke={1.5} aria-hidden color="var(--mantine-color-petrol-7)" />
        <Title order={2} id="demo-title" fz="lg">
          {t('setup.demoTitle')}
        </Title>
        <Text>{t('setup.demoText')}</Text>
        <Button variant="default" onClick={load} loading={loading}>
          {t('setup.loadDemo')}
        </Button>
      </Stack>
    </Paper>
  );
}
