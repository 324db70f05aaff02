import { Box, Container, Grid, Group, Paper, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { DemoDataCard } from './DemoDataCard';
import { NetworkSetupForm } from './NetworkSetupForm';
import classes from './SetupScreen.module.css';

/** First start: no network yet. Creating one (or loading the demo) brings up the app by itself. */
export function SetupScreen() {
  const { t } = useTranslation();
  return (
    <>
      <Box component="header" className={classes.banner}>
        <Container size="lg">
          <Text span className={classes.appName}>
            {t('app.name')}
          </Text>
        </Container>
      </Box>
      <Container component="main" size="lg" py="xl">
        <PageHeader title={t('setup.welcome')} windowTitle={t('setup.title')} description={t('setup.intro')} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Paper component="section" aria-labelledby="setup-title" withBorder radius="md" p="xl">
              <Title order={2} id="setup-title" fz="lg" mb="md">
                {t('setup.title')}
              </Title>
              <NetworkSetupForm />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <DemoDataCard />
          </Grid.Col>
        </Grid>
        <Group gap="xs" mt="xl" c="dimmed" wrap="nowrap">
          <IconLock size="1rem" aria-hidden />
          <Text size="sm">{t('setup.privacy')}</Text>
        </Group>
      </Container>
    </>
  );
}
