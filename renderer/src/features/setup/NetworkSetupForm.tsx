import { Button, Collapse, Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUESSELDORF_NETWORKS } from '../../../../shared/domain/networks';
import { ValidationError } from '../../db/errors';
import { networkRepo } from '../../db/repos';
import { issuesToFormErrors } from '../../ui/form-errors';
import { notify } from '../../ui/notify';
import { networkInputFor, OTHER_NETWORK, useSetupForm, type SetupValues } from './setup-form';

export function NetworkSetupForm() {
  const { t } = useTranslation();
  const form = useSetupForm(t('setup.chooseRequired'));
  const [saving, setSaving] = useState(false);
  const isOther = form.values.choice === OTHER_NETWORK;

  const submit = async (values: SetupValues) => {
    setSaving(true);
    try {
      await networkRepo.setUp(networkInputFor(values));
    } catch (error) {
      if (error instanceof ValidationError) form.setErrors(issuesToFormErrors(error.issues));
      notify('error', t('setup.createFailed'), (error as Error).message);
      setSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="lg">
        <Radio.Group
          label={t('setup.chooseNetwork')}
          description={t('setup.chooseNetworkHint')}
          withAsterisk
          {...form.getInputProps('choice')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="sm" mt="sm">
            {DUESSELDORF_NETWORKS.map((network) => (
              <Radio
                key={network.region}
                value={network.region}
                label={network.region}
                description={t('setup.contractYear', { year: network.contractYear })}
              />
            ))}
            <Radio value={OTHER_NETWORK} label={t('setup.otherNetwork')} description={t('setup.otherNetworkHint')} />
          </SimpleGrid>
        </Radio.Group>
        <Collapse expanded={isOther}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('setup.regionLabel')}
              placeholder={t('setup.regionPlaceholder')}
              withAsterisk
              disabled={!isOther}
              {...form.getInputProps('region')}
            />
            <TextInput
              label={t('setup.nameLabel')}
              placeholder={t('setup.namePlaceholder')}
              withAsterisk
              disabled={!isOther}
              {...form.getInputProps('name')}
            />
          </SimpleGrid>
        </Collapse>
        <Group>
          <Button type="submit" loading={saving}>
            {t('setup.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
