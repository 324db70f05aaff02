import { Button, Stack, Text, TextInput, Textarea, Timeline } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencilPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/domain/dates';
import type { Minutes, MinutesAmendment } from '../../../../../shared/schemas';
import { minutesRepo } from '../../../db/repos';
import { FormDialog } from '../../directory/FormDialog';
import { DateField } from '../../directory/DateField';
import { nullableInputProps } from '../../directory/nullable-input';
import { useFormSave } from '../../directory/use-form-save';

function AmendmentDialog({ minutes, today, onClose }: { minutes: Minutes; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    // Not before the approval (the demo's approvals lie ahead of its reference date).
    initialValues: { date: [today, minutes.approvedOn ?? today].sort()[1]!, reason: '', text: '' },
  });
  const { saving, problem, submit } = useFormSave(
    form,
    ({ date, reason, text }) => minutesRepo.addAmendment({ minutesId: minutes.id, date, reason, text }),
    onClose,
  );
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('minutes.amendments.add')}
      onSubmit={submit}
      saving={saving}
      problem={problem}
    >
      <Text size="sm">{t('minutes.amendments.explain')}</Text>
      <DateField label={t('minutes.amendments.date')} withAsterisk {...nullableInputProps(form, 'date')} />
      <TextInput label={t('minutes.amendments.reason')} withAsterisk data-autofocus {...form.getInputProps('reason')} />
      <Textarea
        label={t('minutes.amendments.text')}
        withAsterisk
        autosize
        minRows={4}
        {...form.getInputProps('text')}
      />
    </FormDialog>
  );
}

/** Corrections of approved minutes: never edits, always recorded with date and reason. */
export function Amendments({
  minutes,
  amendments,
  today,
}: {
  minutes: Minutes;
  amendments: readonly MinutesAmendment[];
  today: string;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="md">
      {amendments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('minutes.amendments.none')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {amendments.map((a) => (
            <Timeline.Item key={a.id} title={t('minutes.amendments.heading', { date: formatDate(a.date) })}>
              <Text size="sm" c="dimmed">
                {t('minutes.amendments.because', { reason: a.reason })}
              </Text>
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
                {a.text}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <Button
        variant="default"
        w="fit-content"
        leftSection={<IconPencilPlus size="1rem" aria-hidden />}
        onClick={() => setAdding(true)}
      >
        {t('minutes.amendments.add')}
      </Button>
      {adding && <AmendmentDialog minutes={minutes} today={today} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
