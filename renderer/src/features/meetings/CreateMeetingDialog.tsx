import { Button, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates';
import type { Body } from '../../../../shared/schemas';
import { paths } from '../../app/routes';
import { ValidationError } from '../../db/errors';
import { meetingPlanRepo, meetingRepo, type AgendaSource } from '../../db/repos';
import { FormFrame, FormModal } from '../../ui/FormFrame';
import { useSubmit } from '../../ui/use-submit';
import { textOrUndefined } from '../agenda/item-form';
import { bodyDefaults, timeInput, type MeetingTimeValues } from './meeting-times';
import { meetingErrors } from './meeting-validate';
import { BodySelect } from './BodySelect';
import { MeetingTimeFields } from './MeetingTimeFields';
import { useGermanDateInput } from './use-german-date';

interface NewMeetingValues extends MeetingTimeValues {
  bodyId: string;
  date: string | null;
  theme: string;
  source: AgendaSource['kind'];
}

const toInput = (values: NewMeetingValues) => ({
  bodyId: values.bodyId,
  date: values.date ?? '',
  theme: textOrUndefined(values.theme),
  ...timeInput(values),
});

/** The body's last meeting before the new date, whose agenda can be copied. */
function usePreviousMeeting(bodyId: string, date: string | null) {
  return useLiveQuery(async () => {
    if (!bodyId) return undefined;
    return (await meetingRepo.forBody(bodyId)).filter((m) => !date || m.date < date).at(-1);
  }, [bodyId, date]);
}

function NewMeetingForm({ bodies, onDone }: { bodies: readonly Body[]; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dateInput = useGermanDateInput();
  const first = bodies.find((b) => b.kind === 'lenkungskreis') ?? bodies[0];
  const form = useForm<NewMeetingValues>({
    initialValues: {
      bodyId: first?.id ?? '',
      date: null,
      theme: '',
      source: 'template',
      ...(first ? bodyDefaults(first) : { startTime: '', endTime: '', location: '' }),
    },
    validate: (values) => meetingErrors(toInput(values)),
  });
  const { bodyId, date } = form.getValues();
  const previous = usePreviousMeeting(bodyId, date);
  const { saving, submit } = useSubmit(
    form,
    async (values) => {
      if (values.source === 'copy' && !previous) throw ValidationError.single('source', t('meetings.sourceCopyNone'));
      const agenda: AgendaSource =
        values.source === 'copy' ? { kind: 'copy', meetingId: previous!.id } : { kind: values.source };
      const meeting = await meetingPlanRepo.create(toInput(values), agenda);
      navigate(paths.meeting(meeting.id));
    },
    onDone,
  );

  return (
    <FormFrame onSubmit={submit} onCancel={onDone} saving={saving} submitLabel={t('meetings.create')}>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <BodySelect form={form} bodies={bodies} />
        <DateInput {...dateInput} label={t('meetings.date')} withAsterisk {...form.getInputProps('date')} />
      </SimpleGrid>
      <MeetingTimeFields form={form} />
      <TextInput label={t('meetings.theme')} {...form.getInputProps('theme')} />
      <Radio.Group label={t('meetings.agendaSource')} {...form.getInputProps('source')}>
        <Stack gap="xs" mt="xs">
          <Radio value="template" label={t('meetings.sourceTemplate')} />
          <Radio
            value="copy"
            disabled={!previous}
            label={
              previous ? t('meetings.sourceCopy', { date: formatDate(previous.date) }) : t('meetings.sourceCopyNone')
            }
          />
          <Radio value="empty" label={t('meetings.sourceEmpty')} />
        </Stack>
      </Radio.Group>
    </FormFrame>
  );
}

/** "Sitzung anlegen": body, date, time, place, theme, and where the agenda comes from. */
export function CreateMeetingButton({ bodies }: { bodies: readonly Body[] }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconPlus size="1.125rem" aria-hidden />} onClick={open}>
        {t('meetings.create')}
      </Button>
      <FormModal opened={opened} onClose={close} title={t('meetings.createTitle')}>
        <NewMeetingForm bodies={bodies} onDone={close} />
      </FormModal>
    </>
  );
}
