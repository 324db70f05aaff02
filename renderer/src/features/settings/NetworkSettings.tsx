import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveNetwork } from '../../app/active-network';
import { ValidationError } from '../../db/errors';
import { networkRepo } from '../../db/repos';
import { issuesToFormErrors } from '../../ui/form-errors';
import { Section } from '../../ui/Section';
import { notify } from '../../ui/notify';
import { networkChanges, useNetworkForm, type NetworkFormValues } from './network-form';

export function NetworkSettings() {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const form = useNetworkForm(network);
  const [saving, setSaving] = useState(false);

  const save = async (values: NetworkFormValues) => {
    setSaving(true);
    try {
      await networkRepo.update(network.id, networkChanges(values));
      form.resetDirty();
      notify('success', t('common.saved'), t('settings.networkSaved'));
    } catch (error) {
      if (error instanceof ValidationError) form.setErrors(issuesToFormErrors(error.issues));
      notify('error', t('common.error'), (error as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Section title={t('settings.network')} description={t('settings.networkHint')}>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={t('settings.name')} withAsterisk {...form.getInputProps('name')} />
            <TextInput label={t('settings.region')} withAsterisk {...form.getInputProps('region')} />
          </SimpleGrid>
          <TextInput
            label={t('settings.letterheadSender')}
            description={t('settings.letterheadSenderHint')}
            {...form.getInputProps('letterheadSender')}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Textarea
              label={t('settings.letterheadAddress')}
              description={t('settings.letterheadAddressHint')}
              autosize
              minRows={4}
              {...form.getInputProps('letterheadAddress')}
            />
            <Textarea
              label={t('settings.letterheadContact')}
              description={t('settings.letterheadContactHint')}
              autosize
              minRows={4}
              {...form.getInputProps('letterheadContact')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={saving} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={form.reset} disabled={!form.isDirty()}>
              {t('common.reset')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
