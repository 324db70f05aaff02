import { Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sameForSearch } from '../../../../shared/directory/search';
import { BUILT_IN_ORGANISATION_TYPES, OrganisationInput } from '../../../../shared/schemas';
import { settingsRepo } from '../../db/repos';
import { notify } from '../../ui/notify';
import { Section } from '../../ui/Section';

const MAX_LENGTH = 80;

function TypesForm({ stored }: { stored: readonly string[] }) {
  const { t } = useTranslation();
  const [types, setTypes] = useState<string[]>([...stored]);
  const [error, setError] = useState<string>();
  const changed = types.join('\n') !== stored.join('\n');

  const save = async () => {
    const tooLong = types.find((type) => !OrganisationInput.shape.type.safeParse(type).success);
    const builtIn = types.find((type) => BUILT_IN_ORGANISATION_TYPES.some((known) => sameForSearch(known, type)));
    if (tooLong) return setError(t('directory.customTypeTooLong', { type: tooLong, max: MAX_LENGTH }));
    if (builtIn) return setError(t('directory.customTypeIsBuiltIn', { type: builtIn }));
    setError(undefined);
    await settingsRepo.set('customOrganisationTypes', types);
    notify('success', t('common.saved'), t('directory.customTypesSaved'));
  };

  return (
    <Stack gap="sm">
      <TagsInput
        label={t('directory.customTypesLabel')}
        description={t('directory.customTypesHint')}
        value={types}
        onChange={(next) => setTypes(next.map((type) => type.trim()).filter(Boolean))}
        error={error}
        clearable
        clearButtonProps={{ 'aria-label': t('directory.clearField', { field: t('directory.customTypesLabel') }) }}
      />
      <Group>
        <Button onClick={save} disabled={!changed}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Organisation types beyond the built-in list (product.md: "a fixed, extendable list"). */
export function OrganisationTypesSettings() {
  const { t } = useTranslation();
  const stored = useLiveQuery(async () => (await settingsRepo.get<string[]>('customOrganisationTypes')) ?? []);
  return (
    <Section title={t('directory.customTypesTitle')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('directory.builtInTypes', { types: BUILT_IN_ORGANISATION_TYPES.join(' · ') })}
        </Text>
        {stored && <TypesForm key={stored.join('\n')} stored={stored} />}
      </Stack>
    </Section>
  );
}
