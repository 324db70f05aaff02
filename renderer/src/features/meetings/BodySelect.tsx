import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Body } from '../../../../shared/schemas';
import { bodyDefaults, type MeetingTimeValues } from './meeting-times';

/** The body of new meetings; choosing one brings its usual time and place into the form. */
export function BodySelect<V extends MeetingTimeValues & { bodyId: string }>({
  form,
  bodies,
}: {
  form: UseFormReturnType<V>;
  bodies: readonly Body[];
}) {
  const { t } = useTranslation();
  const choose = (id: string | null) => {
    const body = bodies.find((b) => b.id === id);
    if (body) form.setValues({ bodyId: body.id, ...bodyDefaults(body) } as Partial<V>);
  };
  return (
    <Select
      label={t('meetings.filterBody')}
      withAsterisk
      data={bodies.map((b) => ({ value: b.id, label: b.name }))}
      allowDeselect={false}
      {...form.getInputProps('bodyId')}
      onChange={choose}
    />
  );
}
