import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/schemas';
import { meetingPlanRepo } from '../../db/repos';
import { useSubmit } from '../../ui/use-submit';
import { FormFrame, FormModal } from '../../ui/FormFrame';
import { meetingChanges, useMeetingForm } from './meeting-form';
import { MeetingTimeFields } from './MeetingTimeFields';
import { usePersonOptions } from './person-options';
import { useGermanDateInput } from './use-german-date';

function MeetingEditForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const persons = usePersonOptions() ?? [];
  const dateInput = useGermanDateInput();
  const form = useMeetingForm(meeting);
  const { saving, submit } = useSubmit(
    form,
    (values) => meetingPlanRepo.update(meeting.id, meetingChanges(values)),
    onDone,
  );
  return (
    <FormFrame onSubmit={submit} onCancel={onDone} saving={saving}>
      <TextInput label={t('meetings.theme')} data-autofocus {...form.getInputProps('theme')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateInput {...dateInput} label={t('meetings.date')} withAsterisk {...form.getInputProps('date')} />
        <DateInput
          {...dateInput}
          label={t('invitations.replyBy')}
          clearable
          clearButtonProps={{ 'aria-label': t('meetings.clearField') }}
          {...form.getInputProps('replyBy')}
        />
      </SimpleGrid>
      <MeetingTimeFields form={form} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('meetings.chair')}
          data={persons}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('meetings.clearField') }}
          {...form.getInputProps('chairPersonId')}
        />
        <Select
          label={t('meetings.minuteTaker')}
          data={persons}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('meetings.clearField') }}
          {...form.getInputProps('minuteTakerPersonId')}
        />
      </SimpleGrid>
      <Checkbox label={t('meetings.isPublic')} {...form.getInputProps('isPublic', { type: 'checkbox' })} />
    </FormFrame>
  );
}

/** "Eckdaten bearbeiten": theme, date, times, place, chair, minute-taker, public or not. */
export function MeetingEditDialog({
  meeting,
  opened,
  onClose,
}: {
  meeting: Meeting;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('meetings.editFacts')}>
      <MeetingEditForm meeting={meeting} onDone={onClose} />
    </FormModal>
  );
}
