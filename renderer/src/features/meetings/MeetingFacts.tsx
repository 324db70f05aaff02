import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dateWarnings, schoolHolidaysKnown } from '../../../../shared/domain/holidays';
import { longDate } from '../../ui/calendar-parts';
import { Facts } from '../../ui/Facts';
import { Section } from '../../ui/Section';
import { MeetingStatusBadge } from '../../ui/StatusBadges';
import { DateWarnings } from '../year-planning/DateWarnings';
import type { MeetingDetail } from './meeting-data';

/** Date (with holiday warnings), time, place, chair, minute-taker, status and whether it is public. */
export function MeetingFacts({ detail, onEdit }: { detail: MeetingDetail; onEdit?: () => void }) {
  const { t, i18n } = useTranslation();
  const { meeting } = detail;
  const warnings = dateWarnings(meeting.date);
  return (
    <Section
      title={t('meetings.facts')}
      aside={
        onEdit && (
          <Button variant="default" leftSection={<IconPencil size="1rem" aria-hidden />} onClick={onEdit}>
            {t('meetings.editFacts')}
          </Button>
        )
      }
    >
      <Facts
        items={[
          {
            label: t('meetings.date'),
            value: (
              <Stack gap={4}>
                <Text size="sm">{longDate(meeting.date, i18n.language)}</Text>
                {warnings.length > 0 && (
                  <DateWarnings warnings={warnings} holidaysKnown={schoolHolidaysKnown(meeting.date)} />
                )}
              </Stack>
            ),
          },
          {
            label: t('meetings.time'),
            value: t('common.timeRange', { start: meeting.startTime, end: meeting.endTime }),
          },
          { label: t('meetings.location'), value: meeting.location ?? t('common.notSet') },
          { label: t('meetings.chair'), value: detail.chairName ?? t('common.notSet') },
          { label: t('meetings.minuteTaker'), value: detail.minuteTakerName ?? t('common.notSet') },
          {
            label: t('meetings.status'),
            value: (
              <Group gap="xs">
                <MeetingStatusBadge status={meeting.status} />
                {meeting.cancelReason && (
                  <Text size="sm">{t('meetings.cancelReasonShown', { reason: meeting.cancelReason })}</Text>
                )}
              </Group>
            ),
          },
          { label: t('meetings.public'), value: meeting.isPublic ? t('common.yes') : t('common.no') },
        ]}
      />
    </Section>
  );
}
