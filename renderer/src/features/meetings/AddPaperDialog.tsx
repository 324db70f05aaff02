import { Button, FileInput, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPaperclip } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { vorlageLabel } from '../../../../shared/domain/numbering';
import { PAPER_EXTENSIONS, paperFileProblem, paperMimeType } from '../../../../shared/domain/paper-file';
import type { Body, Meeting } from '../../../../shared/schemas';
import { paperRepo, type NewPaper } from '../../db/repos';
import { FormFrame, FormModal } from '../../ui/FormFrame';
import { useSubmit } from '../../ui/use-submit';
import type { PapersData } from './papers-data';

const KINDS = ['vorlage', 'anlage', 'tischvorlage'] as const;
const ACCEPT = PAPER_EXTENSIONS.map((e) => `.${e}`).join(',');
/** The whole meeting, as the "attached to" choice. */
const MEETING = 'sitzung';

interface PaperValues {
  file: File | null;
  kind: NewPaper['kind'];
  title: string;
  attachedTo: string;
  sequence: number | string;
}

function paperInput(meetingId: string, { file, kind, title, attachedTo, sequence }: PaperValues): NewPaper {
  return {
    meetingId,
    agendaItemId: attachedTo === MEETING ? undefined : attachedTo,
    kind,
    title: title.trim() || undefined,
    sequence: kind === 'vorlage' && typeof sequence === 'number' ? sequence : undefined,
    fileName: file!.name,
    mimeType: paperMimeType(file!.name, file!.type) ?? file!.type,
    blob: file!,
  };
}

function PaperForm({
  meeting,
  body,
  items,
  onDone,
}: {
  meeting: Meeting;
  body: Body;
  items: PapersData['items'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const next = useLiveQuery(() => paperRepo.nextSequence(meeting.id), [meeting.id]);
  const form = useForm<PaperValues>({
    initialValues: { file: null, kind: 'vorlage', title: '', attachedTo: MEETING, sequence: '' },
    validate: {
      file: (file) => (file ? paperFileProblem(file) : t('meetings.papers.fileRequired')),
    },
  });
  const { saving, submit } = useSubmit(form, (values) => paperRepo.add(paperInput(meeting.id, values)), onDone, {
    size: 'file',
    mimeType: 'file',
    fileName: 'file',
  });
  const { kind, sequence } = form.getValues();
  const shownSequence = typeof sequence === 'number' ? sequence : next;
  return (
    <FormFrame onSubmit={submit} onCancel={onDone} saving={saving} submitLabel={t('meetings.papers.attach')}>
      <FileInput
        label={t('meetings.papers.file')}
        description={t('meetings.papers.fileHint')}
        accept={ACCEPT}
        withAsterisk
        clearable
        clearButtonProps={{ 'aria-label': t('meetings.clearField') }}
        data-autofocus
        {...form.getInputProps('file')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('meetings.papers.kind')}
          data={KINDS.map((k) => ({ value: k, label: t(`meetings.papers.kinds.${k}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        {kind === 'vorlage' && (
          <NumberInput
            label={t('meetings.papers.sequence')}
            description={shownSequence ? vorlageLabel(body.code, shownSequence, meeting.year) : undefined}
            placeholder={next ? String(next) : undefined}
            allowDecimal={false}
            min={1}
            max={999}
            {...form.getInputProps('sequence')}
          />
        )}
      </SimpleGrid>
      <TextInput label={t('meetings.papers.title')} {...form.getInputProps('title')} />
      <Select
        label={t('meetings.papers.attachedTo')}
        data={[
          { value: MEETING, label: t('meetings.papers.wholeMeeting') },
          ...items.map((i) => ({
            value: i.id,
            label: t('meetings.papers.itemOption', { number: i.number, title: i.title }),
          })),
        ]}
        allowDeselect={false}
        searchable
        {...form.getInputProps('attachedTo')}
      />
    </FormFrame>
  );
}

/** "Datei anhängen": a Vorlage, Anlage or Tischvorlage for the meeting or one of its items. */
export function AddPaperButton(props: { meeting: Meeting; body: Body; items: PapersData['items'] }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconPaperclip size="1.125rem" aria-hidden />} onClick={open}>
        {t('meetings.papers.attach')}
      </Button>
      <FormModal opened={opened} onClose={close} title={t('meetings.papers.attachTitle')}>
        <PaperForm {...props} onDone={close} />
      </FormModal>
    </>
  );
}
