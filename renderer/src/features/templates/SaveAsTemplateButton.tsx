import { Button, Checkbox, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconTemplate } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/domain/dates';
import { AgendaTemplateInput, type Meeting } from '../../../../shared/schemas';
import { templateEditRepo } from '../../db/repos';
import { FormFrame, FormModal } from '../../ui/FormFrame';
import { notify } from '../../ui/notify';
import { useSubmit } from '../../ui/use-submit';

const TemplateFields = AgendaTemplateInput.pick({ name: true, isStandard: true });

function SaveAsTemplateForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { name: t('templates.nameFromMeeting', { date: formatDate(meeting.date) }), isStandard: false },
    validate: zod4Resolver(TemplateFields),
  });
  const { saving, submit } = useSubmit(
    form,
    async ({ name, isStandard }) => {
      await templateEditRepo.saveAgendaAsTemplate(meeting.id, name, isStandard);
      notify('success', t('common.saved'), t('templates.savedFromAgenda', { name }));
    },
    onDone,
  );
  return (
    <FormFrame onSubmit={submit} onCancel={onDone} saving={saving} submitLabel={t('templates.saveAsTemplate')}>
      <TextInput label={t('templates.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <Checkbox
        label={t('templates.makeStandard')}
        description={t('templates.makeStandardHint')}
        {...form.getInputProps('isStandard', { type: 'checkbox' })}
      />
    </FormFrame>
  );
}

/** "Als Vorlage speichern": the agenda (without presenters, notes, results) as a template of the body. */
export function SaveAsTemplateButton({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" leftSection={<IconTemplate size="1.125rem" aria-hidden />} onClick={open}>
        {t('templates.saveAsTemplate')}
      </Button>
      <FormModal opened={opened} onClose={close} title={t('templates.saveAsTemplateTitle')} size="md">
        <SaveAsTemplateForm meeting={meeting} onDone={close} />
      </FormModal>
    </>
  );
}
