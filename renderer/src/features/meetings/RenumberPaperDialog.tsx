import { NumberInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { vorlageLabel } from '../../../../shared/domain/numbering';
import type { Attachment, Body } from '../../../../shared/schemas';
import { paperRepo } from '../../db/repos';
import { FormFrame, FormModal } from '../../ui/FormFrame';
import { useSubmit } from '../../ui/use-submit';

function RenumberForm({ paper, body, onDone }: { paper: Attachment; body: Body; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ sequence: number | string }>({ initialValues: { sequence: paper.sequence ?? '' } });
  const { saving, submit } = useSubmit(form, ({ sequence }) => paperRepo.renumber(paper.id, Number(sequence)), onDone);
  const sequence = form.getValues().sequence;
  return (
    <FormFrame onSubmit={submit} onCancel={onDone} saving={saving}>
      <NumberInput
        label={t('meetings.papers.sequence')}
        description={
          typeof sequence === 'number' && paper.year ? vorlageLabel(body.code, sequence, paper.year) : undefined
        }
        allowDecimal={false}
        withAsterisk
        data-autofocus
        {...form.getInputProps('sequence')}
      />
    </FormFrame>
  );
}

/** Gives a Vorlage another number; a number already given is refused with the next free one. */
export function RenumberPaperDialog({ paper, body, onClose }: { paper?: Attachment; body: Body; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={paper !== undefined} onClose={onClose} title={t('meetings.papers.renumberTitle')} size="sm">
      {paper && <RenumberForm paper={paper} body={body} onDone={onClose} />}
    </FormModal>
  );
}
