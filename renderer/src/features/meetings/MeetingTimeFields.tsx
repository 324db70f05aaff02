import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { TimePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { MeetingTimeValues } from './meeting-times';

/** Start, planned end (24-hour, whatever the system's locale) and place: for planning, creating and editing meetings. */
export function MeetingTimeFields<V extends MeetingTimeValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        {(['startTime', 'endTime'] as const).map((field) => (
          <TimePicker
            key={field}
            label={t(`meetings.${field}`)}
            withAsterisk
            format="24h"
            hoursInputLabel={t('meetings.hoursOf', { field: t(`meetings.${field}`) })}
            minutesInputLabel={t('meetings.minutesOf', { field: t(`meetings.${field}`) })}
            {...form.getInputProps(field)}
          />
        ))}
      </SimpleGrid>
      <TextInput label={t('meetings.location')} {...form.getInputProps('location')} />
    </>
  );
}
