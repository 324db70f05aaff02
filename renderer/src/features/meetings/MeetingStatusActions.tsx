import { Button, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingTransitions } from '../../../../shared/domain/status-cycle';
import type { Meeting, MeetingStatus } from '../../../../shared/schemas';
import { invitationRepo, meetingPlanRepo } from '../../db/repos';
import { FormFrame, FormModal } from '../../ui/FormFrame';
import { notify } from '../../ui/notify';
import { useSubmit } from '../../ui/use-submit';
import { useToday } from '../../ui/use-today';
import { useGermanDateInput } from './use-german-date';

/** The minutes' steps are taken with the minutes (Protokoll), not here. */
const isMinutesStep = (to: MeetingStatus) => to.startsWith('protokoll-');

function CancelForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { cancelReason: '' } });
  const { saving, submit } = useSubmit(
    form,
    ({ cancelReason }) => meetingPlanRepo.changeStatus(meeting.id, 'abgesagt', { cancelReason }),
    onDone,
  );
  return (
    <FormFrame onSubmit={submit} onCancel={onDone} saving={saving} submitLabel={t('meetings.transition.abgesagt')}>
      <Textarea
        label={t('meetings.cancelReason')}
        description={t('meetings.cancelReasonHint')}
        withAsterisk
        autosize
        minRows={3}
        data-autofocus
        {...form.getInputProps('cancelReason')}
      />
    </FormFrame>
  );
}

/** Records when the invitation went out; a planned meeting becomes "eingeladen". */
export function InvitationSentForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const today = useToday();
  const dateInput = useGermanDateInput();
  const form = useForm<{ invitationSentOn: string | null }>({
    initialValues: { invitationSentOn: meeting.invitationSentOn ?? today },
  });
  const { saving, submit } = useSubmit(
    form,
    ({ invitationSentOn }) => invitationRepo.markSent(meeting.id, invitationSentOn ?? ''),
    onDone,
  );
  return (
    <FormFrame onSubmit={submit} onCancel={onDone} saving={saving}>
      <DateInput
        {...dateInput}
        label={t('invitations.sentOn')}
        withAsterisk
        {...form.getInputProps('invitationSentOn')}
      />
    </FormFrame>
  );
}

type Dialog = 'abgesagt' | 'eingeladen';

/** The next steps of the status cycle as buttons; a refusal is said in German. */
export function MeetingStatusActions({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);
  const change = async (to: MeetingStatus) => {
    if (to === 'abgesagt' || to === 'eingeladen') return setDialog(to);
    try {
      await meetingPlanRepo.changeStatus(meeting.id, to);
    } catch (error) {
      notify('error', t('meetings.statusRefused'), (error as Error).message);
    }
  };
  const steps = meetingTransitions(meeting.status).filter((step) => !isMinutesStep(step.to));
  return (
    <>
      {steps.map(({ to }) => (
        <Button
          key={to}
          variant={to === 'abgesagt' ? 'default' : 'filled'}
          color={to === 'abgesagt' ? 'red' : undefined}
          onClick={() => change(to)}
        >
          {t(`meetings.transition.${to}`)}
        </Button>
      ))}
      <FormModal opened={dialog === 'abgesagt'} onClose={close} title={t('meetings.cancelTitle')} size="md">
        <CancelForm meeting={meeting} onDone={close} />
      </FormModal>
      <FormModal opened={dialog === 'eingeladen'} onClose={close} title={t('invitations.markSentTitle')} size="md">
        <InvitationSentForm meeting={meeting} onDone={close} />
      </FormModal>
    </>
  );
}
