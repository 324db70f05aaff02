import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { minutesRepo } from '../../../db/repos';
import { FormDialog } from '../../directory/FormDialog';
import { DateField } from '../../directory/DateField';
import { nullableInputProps } from '../../directory/nullable-input';
import { useFormSave } from '../../directory/use-form-save';

interface StepDialogProps {
  meetingId: string;
  today: string;
  onClose: () => void;
}

/** "Protokoll versandt": the day it went out (again, after objections). */
export function SendDialog({ meetingId, today, onClose, again }: StepDialogProps & { again: boolean }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { sentOn: today } });
  const { saving, problem, submit } = useFormSave(
    form,
    ({ sentOn }) => minutesRepo.changeStatus(meetingId, { to: 'versandt', sentOn: sentOn || undefined }),
    onClose,
  );
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={again ? t('minutes.protocol.actions.resend') : t('minutes.protocol.actions.send')}
      onSubmit={submit}
      saving={saving}
      problem={problem}
      size="md"
    >
      <DateField
        label={t('minutes.protocol.sentOn')}
        withAsterisk
        data-autofocus
        {...nullableInputProps(form, 'sentOn')}
      />
    </FormDialog>
  );
}

/** "Einwände": who objected to what, recorded as said. */
export function ObjectionsDialog({ meetingId, onClose }: StepDialogProps) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { objections: '' } });
  const { saving, problem, submit } = useFormSave(
    form,
    ({ objections }) => minutesRepo.changeStatus(meetingId, { to: 'einwaende', objections }),
    onClose,
  );
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('minutes.protocol.actions.objections')}
      onSubmit={submit}
      saving={saving}
      problem={problem}
    >
      <Textarea
        label={t('minutes.protocol.objections')}
        description={t('minutes.protocol.objectionsHint')}
        withAsterisk
        autosize
        minRows={4}
        data-autofocus
        {...form.getInputProps('objections')}
      />
    </FormDialog>
  );
}
