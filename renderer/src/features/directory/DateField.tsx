import { ActionIcon } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './DateField.module.css';
import { useDateInputProps } from './use-date-input-props';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/**
 * A date typed as "dd.MM.yyyy". The calendar opens from the button beside the field (a mouse
 * convenience; typing is the keyboard way), so tabbing through a form does not pop it up, and
 * Escape in the open calendar closes only the calendar, not the dialog around it.
 */
export function DateField(props: DateFieldProps) {
  const { t } = useTranslation();
  const dateProps = useDateInputProps();
  const [calendar, setCalendar] = useState(false);
  return (
    <DateInput
      {...dateProps}
      hideOutsideDates
      classNames={{ day: classes.day }}
      nextLabel={t('directory.nextMonth')}
      previousLabel={t('directory.previousMonth')}
      popoverProps={{ opened: calendar }}
      getDayProps={() => ({ onClick: () => setCalendar(false) })}
      onBlur={() => setCalendar(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setCalendar(false);
      }}
      data-mantine-stop-propagation={calendar || undefined}
      rightSection={
        <ActionIcon
          variant="subtle"
          color="gray"
          tabIndex={-1}
          aria-label={t('directory.openCalendar')}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setCalendar((open) => !open)}
        >
          <IconCalendar size="1.125rem" aria-hidden />
        </ActionIcon>
      }
      {...props}
    />
  );
}
