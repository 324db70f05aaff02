import { Autocomplete, Select, SimpleGrid, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLE_ORDER } from '../../../../shared/directory/roles';
import type { Membership } from '../../../../shared/schemas';
import { useActiveNetwork } from '../../app/active-network';
import { membershipRepo } from '../../db/repos';
import { notify } from '../../ui/notify';
import { useToday } from '../../ui/use-today';
import { DESCRIPTION_BELOW } from './dialog-styles';
import { DateField } from './DateField';
import { FixedValue } from './FixedValue';
import { FormDialog } from './FormDialog';
import { nullableInputProps } from './nullable-input';
import { germanOptionsFilter } from './german-options-filter';
import { membershipInput, useMembershipForm, type MembershipPreset } from './membership-form';
import { saveRecord } from './save-record';
import { useFormSave } from './use-form-save';
import { useMembershipOptions } from './use-membership-options';
import { useOrganisationOptions } from './use-organisation-options';
import { useClearButton } from './use-clear-button';

interface MembershipDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Absent: a new membership of `preset`'s person or body. */
  membership?: Membership;
  preset?: MembershipPreset;
}

/** Person, body, role, seat, represented organisation, principal of a deputy, from and to. */
export function MembershipDialog({ opened, onClose, membership, preset = {} }: MembershipDialogProps) {
  const { t } = useTranslation();
  const clear = useClearButton();
  const network = useActiveNetwork();
  const today = useToday();
  const form = useMembershipForm(membership, preset, today);
  const values = form.getValues();
  const options = useMembershipOptions(network.id, values, today);
  const organisations = useOrganisationOptions();
  const roles = ROLE_ORDER.map((role) => ({ value: role, label: t(`directory.roles.${role}`) }));
  const fixedPerson = membership !== undefined || preset.personId !== undefined;
  const fixedBody = membership !== undefined || preset.bodyId !== undefined;

  const { saving, problem, submit } = useFormSave(
    form,
    async (input) => {
      await saveRecord(membershipRepo, membership, membershipInput(input));
      notify('success', t('common.saved'), t('directory.membershipSaved'));
    },
    onClose,
  );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={membership ? t('directory.editMembership') : t('directory.newMembership')}
      onSubmit={submit}
      saving={saving}
      problem={problem}
      size="xl"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {fixedPerson ? (
          <FixedValue label={t('directory.person')} value={options.personName ?? ''} />
        ) : (
          <Select
            label={t('directory.person')}
            withAsterisk
            data={options.persons}
            searchable
            selectFirstOptionOnChange
            filter={germanOptionsFilter}
            limit={50}
            nothingFoundMessage={t('directory.nothingFound')}
            data-autofocus
            {...nullableInputProps(form, 'personId')}
          />
        )}
        {fixedBody ? (
          <FixedValue label={t('directory.body')} value={options.bodyName ?? ''} />
        ) : (
          <Select
            label={t('directory.body')}
            withAsterisk
            data={options.bodies}
            searchable
            selectFirstOptionOnChange
            filter={germanOptionsFilter}
            nothingFoundMessage={t('directory.nothingFound')}
            data-autofocus
            {...nullableInputProps(form, 'bodyId')}
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('directory.role')}
          withAsterisk
          data={roles}
          allowDeselect={false}
          data-autofocus={fixedPerson && fixedBody ? true : undefined}
          {...form.getInputProps('role')}
        />
        <Autocomplete
          label={t('directory.seat')}
          description={t('directory.seatHint')}
          inputWrapperOrder={DESCRIPTION_BELOW}
          data={options.seats}
          filter={germanOptionsFilter}
          {...form.getInputProps('seat')}
        />
      </SimpleGrid>
      {values.role === 'stellvertretung' && (
        <Select
          label={t('directory.deputyOf')}
          description={t('directory.deputyOfHint')}
          data={options.principals}
          searchable
          selectFirstOptionOnChange
          filter={germanOptionsFilter}
          nothingFoundMessage={t('directory.noPrincipals')}
          {...nullableInputProps(form, 'deputyOfPersonId')}
        />
      )}
      <Select
        label={t('directory.representedOrganisation')}
        description={t('directory.representedOrganisationHint')}
        data={organisations}
        searchable
        {...clear(t('directory.representedOrganisation'))}
        filter={germanOptionsFilter}
        limit={50}
        nothingFoundMessage={t('directory.nothingFound')}
        {...nullableInputProps(form, 'representedOrganisationId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('directory.from')} withAsterisk {...nullableInputProps(form, 'from')} />
        <DateField
          label={t('directory.to')}
          description={t('directory.toHint')}
          inputWrapperOrder={DESCRIPTION_BELOW}
          {...clear(t('directory.to'))}
          {...nullableInputProps(form, 'to')}
        />
      </SimpleGrid>
      <Textarea label={t('directory.notes')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}
