import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatDate } from '../../../../shared/domain/dates';
import { IsoDate, type Membership } from '../../../../shared/schemas';
import { membershipRepo } from '../../db/repos';
import { notify } from '../../ui/notify';
import { schemaResolver } from '../../ui/schema-resolver';
import { useToday } from '../../ui/use-today';
import { FormDialog } from './FormDialog';
import { DateField } from './DateField';
import { nullableInputProps } from './nullable-input';
import { useFormSave } from './use-form-save';

interface EndMembershipDialogProps {
  opened: boolean;
  onClose: () => void;
  membership?: Membership;
  /** "Jana Becker – Lenkungskreis" */
  label: string;
}

/** Ends a running membership on its last day; it stays in the body's history. */
export function EndMembershipDialog({ opened, onClose, membership, label }: EndMembershipDialogProps) {
  const { t } = useTranslation();
  const today = useToday();
  const form = useForm({ initialValues: { to: today }, validate: schemaResolver(z.object({ to: IsoDate })) });
  const { saving, problem, submit } = useFormSave(
    form,
    async ({ to }) => {
      if (!membership) return;
      await membershipRepo.endMembership(membership.id, to);
      notify('success', t('common.saved'), t('directory.membershipEnded', { date: formatDate(to) }));
    },
    onClose,
  );
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('directory.endMembership')}
      onSubmit={submit}
      saving={saving}
      problem={problem}
      size="md"
    >
      <Text>{t('directory.endMembershipText', { label })}</Text>
      <DateField label={t('directory.lastDay')} withAsterisk data-autofocus {...nullableInputProps(form, 'to')} />
    </FormDialog>
  );
}
