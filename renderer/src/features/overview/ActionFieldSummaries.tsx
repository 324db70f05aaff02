import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { MeasureStatus } from '../../../../shared/schemas';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { Section } from '../../ui/Section';
import { measureStatusColor } from '../../ui/StatusBadges';
import { loadActionFieldSummaries, type ActionFieldSummary } from './overview-data';

/** The bar is a picture of the legend beneath it, so screen readers get the words only. */
function MeasureBar({ summary }: { summary: ActionFieldSummary }) {
  const { t } = useTranslation();
  if (summary.measureCount === 0) return <Text size="sm">{t('overview.noMeasures')}</Text>;
  const present = MeasureStatus.options.filter((status) => summary.measuresByStatus[status]);
  return (
    <Stack gap={6}>
      <Progress.Root size="md" aria-hidden>
        {present.map((status) => (
          <Progress.Section
            key={status}
            value={((summary.measuresByStatus[status] ?? 0) / summary.measureCount) * 100}
            color={`${measureStatusColor(status)}.6`}
          />
        ))}
      </Progress.Root>
      <Group
        component="ul"
        gap="xs"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('overview.measuresByStatus')}
      >
        {present.map((status) => (
          <Badge component="li" key={status} variant="light" color={measureStatusColor(status)}>
            {summary.measuresByStatus[status]} {t(`status.measure.${status}`)}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}

function ActionFieldCard({ summary }: { summary: ActionFieldSummary }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="article">
      <Stack gap="sm">
        <Title order={3} fz="md" lh={1.3}>
          {summary.field.title}
        </Title>
        <Group gap="xs">
          <Text size="sm">{t('overview.openTasks', { count: summary.openTasks })}</Text>
          {summary.overdueTasks > 0 && (
            <Badge variant="light" color="red">
              {t('overview.overdueCount', { count: summary.overdueTasks })}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('overview.measures', { count: summary.measureCount })}
        </Text>
        <MeasureBar summary={summary} />
      </Stack>
    </Paper>
  );
}

export function ActionFieldSummaries({ networkId, today }: { networkId: string; today: string }) {
  const { t } = useTranslation();
  const summaries = useLiveQuery(() => loadActionFieldSummaries(networkId, today), [networkId, today]);
  return (
    <Section title={t('overview.actionFields')}>
      {!summaries ? (
        <LoadingState />
      ) : summaries.length === 0 ? (
        <EmptyHint text={t('overview.noActionFields')} icon={IconTargetArrow} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md">
          {summaries.map((summary) => (
            <ActionFieldCard key={summary.field.id} summary={summary} />
          ))}
        </SimpleGrid>
      )}
    </Section>
  );
}
