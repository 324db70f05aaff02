import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AgendaItemKind } from '../../../../shared/schemas';
import type { BaseItemValues } from './item-form';

/** Kind, title, duration, description and proposed resolution: the fields agenda and template items share. */
export function ItemFields<V extends BaseItemValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const kinds = AgendaItemKind.options.map((kind) => ({ value: kind, label: t(`agenda.kind.${kind}`) }));
  return (
    <>
      <TextInput
        label={t('agenda.field.title')}
        withAsterisk
        data-autofocus
        key={form.key('title')}
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('agenda.field.kind')}
          data={kinds}
          allowDeselect={false}
          key={form.key('kind')}
          {...form.getInputProps('kind')}
        />
        <NumberInput
          label={t('agenda.field.plannedMinutes')}
          withAsterisk
          allowDecimal={false}
          clampBehavior="none"
          key={form.key('plannedMinutes')}
          {...form.getInputProps('plannedMinutes')}
        />
      </SimpleGrid>
      <Textarea
        label={t('agenda.field.description')}
        autosize
        minRows={2}
        maxRows={8}
        key={form.key('description')}
        {...form.getInputProps('description')}
      />
      <Textarea
        label={t('agenda.field.proposedResolution')}
        description={t('agenda.field.proposedResolutionHint')}
        autosize
        minRows={2}
        maxRows={8}
        key={form.key('proposedResolution')}
        {...form.getInputProps('proposedResolution')}
      />
    </>
  );
}
