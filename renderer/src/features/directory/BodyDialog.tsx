import { Grid, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { ApprovalRule, MinutesKind, type Body } from '../../../../shared/schemas';
import { useActiveNetwork } from '../../app/active-network';
import { actionFieldRepo, bodyRepo } from '../../db/repos';
import { notify } from '../../ui/notify';
import { bodyInput, useBodyForm } from './body-form';
import { DESCRIPTION_BELOW as BELOW } from './dialog-styles';
import { FormDialog } from './FormDialog';
import { nullableInputProps } from './nullable-input';
import { saveRecord } from './save-record';
import { useFormSave } from './use-form-save';
import { useClearButton } from './use-clear-button';

interface BodyDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Absent: a new Arbeitskreis. */
  body?: Body;
  onSaved?: (body: Body) => void;
}

/** Name, code, action field and the body's procedure: notice period, minutes, approval, defaults. */
export function BodyDialog({ opened, onClose, body, onSaved }: BodyDialogProps) {
  const { t } = useTranslation();
  const clear = useClearButton();
  const network = useActiveNetwork();
  const form = useBodyForm(network.id, body);
  const actionFields = useLiveQuery(() => actionFieldRepo.list(network.id), [network.id]) ?? [];
  const { approvalRule, kind } = form.getValues();

  const { saving, problem, submit } = useFormSave(
    form,
    async (values) => {
      const saved = await saveRecord(bodyRepo, body, bodyInput(values));
      notify('success', t('common.saved'), t('directory.bodySaved', { name: saved.name }));
      onSaved?.(saved);
    },
    onClose,
  );
  const codeProps = form.getInputProps('code');

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={body ? t('directory.editBody') : t('directory.newBody')}
      onSubmit={submit}
      saving={saving}
      problem={problem}
      size="xl"
    >
      <Grid>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput label={t('directory.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('directory.code')}
            description={t('directory.codeHint')}
            inputWrapperOrder={BELOW}
            withAsterisk
            {...codeProps}
            onChange={(event) => codeProps.onChange(event.currentTarget.value.toUpperCase())}
          />
        </Grid.Col>
      </Grid>
      {kind === 'arbeitskreis' && (
        <Select
          label={t('directory.actionField')}
          data={actionFields.map((field) => ({ value: field.id, label: field.title }))}
          {...clear(t('directory.actionField'))}
          nothingFoundMessage={t('directory.nothingFound')}
          {...nullableInputProps(form, 'actionFieldId')}
        />
      )}
      <Textarea
        label={t('directory.description')}
        autosize
        minRows={2}
        maxRows={5}
        {...form.getInputProps('description')}
      />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('directory.defaultLocation')} {...form.getInputProps('defaultLocation')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <TimePicker
            label={t('directory.defaultStartTime')}
            format="24h"
            hoursInputLabel={t('directory.hours')}
            minutesInputLabel={t('directory.minutes')}
            {...clear(t('directory.defaultStartTime'))}
            {...form.getInputProps('defaultStartTime')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <NumberInput
            label={t('directory.defaultDuration')}
            min={15}
            max={1440}
            step={15}
            allowDecimal={false}
            {...form.getInputProps('defaultDurationMinutes')}
          />
        </Grid.Col>
      </Grid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('directory.noticeDays')}
          description={t('directory.noticeDaysHint')}
          inputWrapperOrder={BELOW}
          withAsterisk
          min={0}
          max={90}
          allowDecimal={false}
          {...form.getInputProps('noticeDays')}
        />
        <Select
          label={t('directory.minutesKind')}
          description={t('directory.minutesKindHint')}
          inputWrapperOrder={BELOW}
          data={MinutesKind.options.map((value) => ({ value, label: t(`directory.minutesKinds.${value}`) }))}
          allowDeselect={false}
          {...form.getInputProps('minutesKind')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('directory.approvalRule')}
          data={ApprovalRule.options.map((value) => ({ value, label: t(`directory.approvalRules.${value}`) }))}
          allowDeselect={false}
          {...form.getInputProps('approvalRule')}
        />
        {approvalRule === 'fristablauf' && (
          <NumberInput
            label={t('directory.objectionDays')}
            withAsterisk
            min={1}
            max={90}
            allowDecimal={false}
            {...form.getInputProps('objectionDays')}
          />
        )}
      </SimpleGrid>
    </FormDialog>
  );
}
