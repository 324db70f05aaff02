import { useTranslation } from 'react-i18next';

/** Props of a clearable field whose clear button names what it clears ("„Organisation“ leeren"). */
export function useClearButton() {
  const { t } = useTranslation();
  return (field: string) => ({
    clearable: true,
    clearButtonProps: { 'aria-label': t('directory.clearField', { field }) },
  });
}
