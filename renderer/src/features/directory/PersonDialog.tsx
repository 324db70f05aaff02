import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Salutation, type Person } from '../../../../shared/schemas';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { personRepo } from '../../db/repos';
import { notify } from '../../ui/notify';
import { DESCRIPTION_BELOW } from './dialog-styles';
import { FormDialog } from './FormDialog';
import { nullableInputProps } from './nullable-input';
import { germanOptionsFilter } from './german-options-filter';
import { personInput, usePersonForm } from './person-form';
import { saveRecord } from './save-record';
import { useFormSave } from './use-form-save';
import { useOrganisationOptions } from './use-organisation-options';
import { useClearButton } from './use-clear-button';

interface PersonDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Absent: a new person. */
  person?: Person;
  onSaved?: (person: Person) => void;
}

export function PersonDialog({ opened, onClose, person, onSaved }: PersonDialogProps) {
  const { t } = useTranslation();
  const clear = useClearButton();
  const form = usePersonForm(person);
  const organisations = useOrganisationOptions();
  const salutations = Salutation.options.map((value) => ({ value, label: t(`directory.salutations.${value}`) }));

  const { saving, problem, submit } = useFormSave(
    form,
    async (values) => {
      const saved = await saveRecord(personRepo, person, personInput(values));
      notify('success', t('common.saved'), t('directory.personSaved', { name: personDisplayName(saved) }));
      onSaved?.(saved);
    },
    onClose,
  );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={person ? t('directory.editPerson') : t('directory.newPerson')}
      onSubmit={submit}
      saving={saving}
      problem={problem}
      size="xl"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('directory.salutation')}
          data={salutations}
          allowDeselect={false}
          data-autofocus
          {...form.getInputProps('salutation')}
        />
        <TextInput
          label={t('directory.academicTitle')}
          description={t('directory.academicTitleHint')}
          inputWrapperOrder={DESCRIPTION_BELOW}
          {...form.getInputProps('title')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('directory.firstName')} {...form.getInputProps('firstName')} />
        <TextInput label={t('directory.lastName')} withAsterisk {...form.getInputProps('lastName')} />
      </SimpleGrid>
      <TextInput label={t('directory.function')} {...form.getInputProps('function')} />
      <Select
        label={t('directory.organisation')}
        data={organisations}
        searchable
        {...clear(t('directory.organisation'))}
        filter={germanOptionsFilter}
        limit={50}
        nothingFoundMessage={t('directory.nothingFound')}
        {...nullableInputProps(form, 'organisationId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('directory.businessEmail')}
          type="email"
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <TextInput
          label={t('directory.businessPhone')}
          type="tel"
          autoComplete="off"
          {...form.getInputProps('phone')}
        />
      </SimpleGrid>
      <Textarea
        label={t('directory.notes')}
        description={t('directory.notesHint')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('notes')}
      />
    </FormDialog>
  );
}
