import { Button, Group, NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsRepo } from '../../db/repos';
import { notify } from '../../ui/notify';

const MIN_YEARS = 1;
const MAX_YEARS = 30;

/** The retention period of the review list (setting `retentionYears`). */
export function RetentionYears({ years }: { years: number }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | string>(years);
  const [error, setError] = useState<string>();
  const save = async () => {
    const next = Number(value);
    if (!Number.isInteger(next) || next < MIN_YEARS || next > MAX_YEARS) {
      setError(t('directory.retentionYearsInvalid', { min: MIN_YEARS, max: MAX_YEARS }));
      return;
    }
    setError(undefined);
    await settingsRepo.set('retentionYears', next);
    notify('success', t('common.saved'), t('directory.retentionYearsSaved', { count: next }));
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
    >
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('directory.retentionYears')}
          description={t('directory.retentionYearsHint')}
          value={value}
          onChange={setValue}
          min={MIN_YEARS}
          max={MAX_YEARS}
          allowDecimal={false}
          error={error}
          w="22rem"
        />
        <Button type="submit" variant="default" disabled={Number(value) === years}>
          {t('directory.apply')}
        </Button>
      </Group>
    </form>
  );
}
