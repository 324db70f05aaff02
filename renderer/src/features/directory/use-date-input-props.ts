import { useTranslation } from 'react-i18next';
import { parseGermanDate } from '../../../../shared/domain/dates';

/** A date field that shows and accepts "dd.MM.yyyy", typed or picked from the calendar. */
export function useDateInputProps() {
  const { t } = useTranslation();
  return {
    valueFormat: 'DD.MM.YYYY',
    dateParser: (text: string) => parseGermanDate(text) ?? null,
    placeholder: t('directory.datePlaceholder'),
  };
}
