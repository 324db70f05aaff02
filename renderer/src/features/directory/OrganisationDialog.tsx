import { Grid, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SCHOOL_FORMS, type Organisation } from '../../../../shared/schemas';
import { organisationRepo, organisationTypes } from '../../db/repos';
import { notify } from '../../ui/notify';
import { FormDialog } from './FormDialog';
import { nullableInputProps } from './nullable-input';
import { germanOptionsFilter } from './german-options-filter';
import { organisationInput, SECONDARY_SCHOOL_TYPE, useOrganisationForm } from './organisation-form';
import { saveRecord } from './save-record';
import { useFormSave } from './use-form-save';
import { useClearButton } from './use-clear-button';

interface OrganisationDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Absent: a new organisation. */
  organisation?: Organisation;
  onSaved?: (organisation: Organisation) => void;
}

export function OrganisationDialog({ opened, onClose, organisation, onSaved }: OrganisationDialogProps) {
  const { t } = useTranslation();
  const clear = useClearButton();
  const form = useOrganisationForm(organisation);
  const types = useLiveQuery(organisationTypes) ?? [];
  const type = form.getValues().type;
  const typeOptions = type && !types.includes(type) ? [...types, type] : types;

  const { saving, problem, submit } = useFormSave(
    form,
    async (values) => {
      const saved = await saveRecord(organisationRepo, organisation, organisationInput(values));
      notify('success', t('common.saved'), t('directory.organisationSaved', { name: saved.name }));
      onSaved?.(saved);
    },
    onClose,
  );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={organisation ? t('directory.editOrganisation') : t('directory.newOrganisation')}
      onSubmit={submit}
      saving={saving}
      problem={problem}
      size="xl"
    >
      <TextInput label={t('directory.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('directory.shortName')} {...form.getInputProps('shortName')} />
        <Select
          label={t('directory.type')}
          withAsterisk
          searchable
          filter={germanOptionsFilter}
          data={typeOptions}
          nothingFoundMessage={t('directory.nothingFound')}
          {...nullableInputProps(form, 'type')}
        />
      </SimpleGrid>
      {type === SECONDARY_SCHOOL_TYPE && (
        <Select
          label={t('directory.schoolForm')}
          data={SCHOOL_FORMS}
          {...clear(t('directory.schoolForm'))}
          {...nullableInputProps(form, 'schoolForm')}
        />
      )}
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('directory.street')} {...form.getInputProps('street')} />
        </Grid.Col>
        <Grid.Col span={{ base: 4, sm: 2 }}>
          <TextInput label={t('directory.postalCode')} inputMode="numeric" {...form.getInputProps('postalCode')} />
        </Grid.Col>
        <Grid.Col span={{ base: 8, sm: 4 }}>
          <TextInput label={t('directory.town')} {...form.getInputProps('town')} />
        </Grid.Col>
      </Grid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('directory.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('directory.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('directory.website')} {...form.getInputProps('website')} />
      </SimpleGrid>
      <Textarea label={t('directory.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}
