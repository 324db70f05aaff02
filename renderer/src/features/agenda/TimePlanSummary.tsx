import { Alert, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseClockTime, type TimePlan, type TimePlanItem } from '../../../../shared/domain/time-plan';

/** Start, planned end and whether the agenda fits the meeting's time; an overrun is a warning with icon and words. */
export function TimePlanSummary({ plan, start, end }: { plan: TimePlan<TimePlanItem>; start: string; end: string }) {
  const { t } = useTranslation();
  const spare = parseClockTime(end) - parseClockTime(start) - plan.plannedMinutes;
  return (
    <>
      <Group gap="xs" mb="sm" wrap="nowrap">
        <IconClock size="1.125rem" aria-hidden />
        <Text>
          {t('agenda.timePlan', { start, end: plan.plannedEnd, minutes: plan.plannedMinutes, meetingEnd: end })}
        </Text>
      </Group>
      {plan.overrunMinutes > 0 ? (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('agenda.overrunTitle')} mb="md">
          {t('agenda.overrun', { overrun: plan.overrunMinutes, end: plan.plannedEnd, meetingEnd: end })}
        </Alert>
      ) : (
        <Group gap="xs" mb="md" wrap="nowrap">
          <IconCircleCheck size="1.125rem" color="var(--mantine-color-green-8)" aria-hidden />
          <Text size="sm">{t('agenda.fits', { meetingEnd: end, count: spare })}</Text>
        </Group>
      )}
    </>
  );
}
