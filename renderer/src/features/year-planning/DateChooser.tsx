import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateInput, DatePicker } from '@mantine/dates';
import { IconPlus, IconSparkles } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateWarnings } from '../../../../shared/domain/holidays';
import { suggestDates } from '../../../../shared/domain/year-planning';
import { useCalendarProps, useGermanDateInput } from '../meetings/use-german-date';
import classes from './DateChooser.module.css';

/** Public holidays and school holidays are marked in the calendar; weekends show as such anyway. */
const isHolidayish = (date: string) => dateWarnings(date).some((w) => w.kind !== 'wochenende');

/** ISO weekdays Montag … Freitag (1–5). */
const WEEKDAYS = [1, 2, 3, 4, 5] as const;

interface DateChooserProps {
  year: number;
  today: string;
  dates: readonly string[];
  onChange: (dates: string[]) => void;
}

function AddDate({ year, dates, onChange }: Omit<DateChooserProps, 'today'>) {
  const { t } = useTranslation();
  const dateInput = useGermanDateInput();
  const [date, setDate] = useState<string | null>(null);
  const add = () => {
    if (date && !dates.includes(date)) onChange([...dates, date].sort());
    setDate(null);
  };
  return (
    <Group align="flex-end" gap="sm">
      <DateInput
        {...dateInput}
        label={t('yearPlanning.addDate')}
        value={date}
        onChange={setDate}
        defaultDate={`${year}-01-01`}
        onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), add())}
        w="12rem"
      />
      <Button variant="default" leftSection={<IconPlus size="1rem" aria-hidden />} onClick={add} disabled={!date}>
        {t('yearPlanning.add')}
      </Button>
    </Group>
  );
}

function SuggestDates({ year, today, onChange }: Omit<DateChooserProps, 'dates'>) {
  const { t } = useTranslation();
  const [count, setCount] = useState<number | string>(4);
  const [weekday, setWeekday] = useState<string | null>('2');
  const suggest = () =>
    onChange(
      suggestDates({
        year,
        count: Number(count) || 1,
        weekday: Number(weekday),
        notBefore: today.startsWith(String(year)) ? today : undefined,
      }),
    );
  return (
    <Group align="flex-end" gap="sm">
      <NumberInput label={t('yearPlanning.count')} value={count} onChange={setCount} min={1} max={12} w="8rem" />
      <Select
        label={t('yearPlanning.weekday')}
        data={WEEKDAYS.map((d) => ({ value: String(d), label: t(`yearPlanning.weekdays.${d}`) }))}
        value={weekday}
        onChange={setWeekday}
        allowDeselect={false}
        w="10rem"
      />
      <Button variant="light" leftSection={<IconSparkles size="1rem" aria-hidden />} onClick={suggest}>
        {t('yearPlanning.suggest')}
      </Button>
    </Group>
  );
}

/**
 * Dates picked in a calendar (days with holidays marked, and named in their labels), typed one by
 * one, or suggested on a weekday, spread over the year and away from holidays.
 */
export function DateChooser({ year, today, dates, onChange }: DateChooserProps) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const calendar = useCalendarProps();
  const dayLabel = (date: string) => {
    const text = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full' }).format(new Date(`${date}T12:00:00`));
    const warnings = dateWarnings(date).map((w) => w.label);
    return warnings.length > 0 ? `${text} (${warnings.join(', ')})` : text;
  };
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <Stack gap="xs">
        <Text fw={500} id={labelId}>
          {t('yearPlanning.calendar')}
        </Text>
        <DatePicker
          key={year}
          type="multiple"
          value={[...dates]}
          onChange={(value) => onChange([...value].sort())}
          defaultDate={`${year}-01-01`}
          minDate={`${year}-01-01`}
          maxDate={`${year}-12-31`}
          numberOfColumns={2}
          getDayAriaLabel={dayLabel}
          getDayProps={(date) => (isHolidayish(date) ? { 'data-warning': true } : {})}
          {...calendar}
          aria-labelledby={labelId}
          classNames={{ day: `${calendar.classNames.day} ${classes.day}` }}
        />
        <Text size="xs" c="dimmed">
          {t('yearPlanning.calendarHint')}
        </Text>
      </Stack>
      <Stack gap="lg">
        <AddDate year={year} dates={dates} onChange={onChange} />
        <SuggestDates year={year} today={today} onChange={onChange} />
      </Stack>
    </SimpleGrid>
  );
}
