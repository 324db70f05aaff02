import { useTranslation } from 'react-i18next';
import { parseGermanDate } from '../../../../shared/domain/dates';
import classes from './calendar.module.css';

/** German labels of a calendar's controls, and its days in readable contrast. */
export function useCalendarProps() {
  const { t } = useTranslation();
  return {
    ariaLabels: {
      previousMonth: t('meetings.calendar.previousMonth'),
      nextMonth: t('meetings.calendar.nextMonth'),
      previousYear: t('meetings.calendar.previousYear'),
      nextYear: t('meetings.calendar.nextYear'),
      previousDecade: t('meetings.calendar.previousDecade'),
      nextDecade: t('meetings.calendar.nextDecade'),
    },
    classNames: { day: classes.day },
  };
}

/** Props of a DateInput that shows and accepts "TT.MM.JJJJ", typed or picked. */
export function useGermanDateInput() {
  const { t } = useTranslation();
  return {
    ...useCalendarProps(),
    valueFormat: 'DD.MM.YYYY',
    dateParser: (text: string) => parseGermanDate(text) ?? null,
    placeholder: t('meetings.datePlaceholder'),
  };
}
