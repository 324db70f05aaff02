import { Checkbox, Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/domain/dates';
import { deemedApprovalDate, isDeemedApproved } from '../../../../../shared/domain/status-cycle';
import { FormDialog } from '../../directory/FormDialog';
import { DateField } from '../../directory/DateField';
import { nullableInputProps } from '../../directory/nullable-input';
import { useFormSave } from '../../directory/use-form-save';
import { approveMinutes } from '../minutes-approval';
import type { Protocol } from './protocol-data';

interface ApprovalValues {
  deemed: boolean;
  approvedInMeetingId: string | null;
  approvedOn: string;
}

/**
 * "Genehmigung erfassen": in which later meeting of the body, on which day — or, for bodies that
 * approve by lapse of time, "gilt als genehmigt" once the objection period is over. Approval
 * seals the minutes with their fingerprint; afterwards they are locked.
 */
export function ApproveDialog({
  protocol,
  today,
  onClose,
}: {
  protocol: Protocol;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { minutes, body, meeting, laterMeetings } = protocol;
  const deemedFrom =
    minutes?.sentOn && body.objectionDays && isDeemedApproved(minutes, body, today)
      ? deemedApprovalDate(minutes.sentOn, body.objectionDays)
      : undefined;
  const next = laterMeetings[0];
  const form = useForm<ApprovalValues>({
    initialValues: {
      deemed: deemedFrom !== undefined,
      approvedInMeetingId: next?.id ?? null,
      approvedOn: next?.date ?? today,
    },
  });
  const { saving, problem, submit } = useFormSave(
    form,
    ({ deemed, approvedInMeetingId, approvedOn }) =>
      approveMinutes(
        meeting.id,
        deemed
          ? { to: 'genehmigt', approvedOn: deemedFrom, deemedApproved: true }
          : {
              to: 'genehmigt',
              approvedOn: approvedOn || undefined,
              approvedInMeetingId: approvedInMeetingId ?? undefined,
            },
        today,
      ),
    onClose,
  );
  const { deemed } = form.getValues();
  const chooseMeeting = (id: string | null) => {
    form.setFieldValue('approvedInMeetingId', id);
    const chosen = laterMeetings.find((m) => m.id === id);
    if (chosen) form.setFieldValue('approvedOn', chosen.date);
  };

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('minutes.protocol.actions.approve')}
      onSubmit={submit}
      saving={saving}
      problem={problem}
      size="md"
    >
      <Text size="sm">{t('minutes.protocol.approveText')}</Text>
      {deemedFrom && (
        <Checkbox
          label={t('minutes.protocol.deemed', { date: formatDate(deemedFrom) })}
          {...form.getInputProps('deemed', { type: 'checkbox' })}
        />
      )}
      {!deemed && (
        <>
          <Select
            label={t('minutes.protocol.approvedIn')}
            description={t('minutes.protocol.approvedInHint')}
            withAsterisk
            data-autofocus
            data={laterMeetings.map((m) => ({
              value: m.id,
              label: t('minutes.protocol.meetingOn', { number: m.number, year: m.year, date: formatDate(m.date) }),
            }))}
            nothingFoundMessage={t('minutes.protocol.noLaterMeeting')}
            {...form.getInputProps('approvedInMeetingId')}
            onChange={chooseMeeting}
          />
          <DateField
            label={t('minutes.protocol.approvedOn')}
            withAsterisk
            {...nullableInputProps(form, 'approvedOn')}
          />
        </>
      )}
    </FormDialog>
  );
}
