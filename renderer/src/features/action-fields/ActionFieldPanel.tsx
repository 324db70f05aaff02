import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/domain/dates';
import type { ActionFieldDetail } from './action-fields-data';
import { IndicatorsTable } from './IndicatorsTable';
import { MeasuresTable } from './MeasuresTable';

function Part({ title, empty, children }: { title: string; empty?: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={3} fz="md">
        {title}
      </Title>
      {empty ? <Text c="dimmed">{empty}</Text> : children}
    </Stack>
  );
}

export function ActionFieldPanel({ detail }: { detail: ActionFieldDetail }) {
  const { t } = useTranslation();
  const { field, goals, measures, indicators } = detail;
  return (
    <Stack gap="lg">
      {field.description && <Text>{field.description}</Text>}
      <Group gap="xs">
        <Badge variant="outline" color="gray">
          {t('actionFields.responsibility')}: {t(`status.responsibility.${field.responsibility}`)}
        </Badge>
        {field.leadText && <Text size="sm">{t('actionFields.lead', { lead: field.leadText })}</Text>}
        {detail.workingGroup && (
          <Text size="sm" c="dimmed">
            {t('actionFields.workingGroup', { name: detail.workingGroup })}
          </Text>
        )}
      </Group>
      <Part title={t('actionFields.goals')} empty={goals.length === 0 ? t('actionFields.noGoals') : undefined}>
        <List spacing="xs">
          {goals.map((goal) => (
            <List.Item key={goal.id}>
              {goal.text}
              {goal.targetDate && (
                <Text span c="dimmed" size="sm">
                  {' '}
                  ({t('actionFields.targetDate', { date: formatDate(goal.targetDate) })})
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Part>
      <Part title={t('actionFields.measures')} empty={measures.length === 0 ? t('actionFields.noMeasures') : undefined}>
        <MeasuresTable rows={measures} />
      </Part>
      <Part
        title={t('actionFields.indicators')}
        empty={indicators.length === 0 ? t('actionFields.noIndicators') : undefined}
      >
        <IndicatorsTable rows={indicators} />
      </Part>
    </Stack>
  );
}
