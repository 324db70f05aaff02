import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveNetwork } from '../../app/active-network';
import { PageHeader } from '../../ui/PageHeader';
import { useToday } from '../../ui/use-today';
import { ActionFieldSummaries } from './ActionFieldSummaries';
import { OverdueTasks } from './OverdueTasks';
import { UpcomingMeetings } from './UpcomingMeetings';

export function OverviewPage() {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const today = useToday();
  return (
    <>
      <PageHeader title={t('overview.title')} description={network.name} />
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
          <UpcomingMeetings networkId={network.id} today={today} />
          <OverdueTasks networkId={network.id} today={today} />
        </SimpleGrid>
        <ActionFieldSummaries networkId={network.id} today={today} />
      </Stack>
    </>
  );
}
