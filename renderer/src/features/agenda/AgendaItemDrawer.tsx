import { Checkbox, MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/schemas';
import { useActiveNetwork } from '../../app/active-network';
import { actionFieldRepo, agendaBuilderRepo } from '../../db/repos';
import { useSubmit } from '../../ui/use-submit';
import { usePersonOptions } from '../meetings/person-options';
import { agendaItemInput, agendaItemValues, useAgendaItemForm, type AgendaItemValues } from './agenda-item-form';
import { FormFrame } from '../../ui/FormFrame';
import { ItemDrawer } from './ItemDrawer';
import { ItemFields } from './ItemFields';

/** What the drawer edits: a new item (top level or under a parent) or an existing one. */
export type AgendaItemTarget =
  | { mode: 'create'; parentId?: string; parentNumber?: string }
  | { mode: 'edit'; item: AgendaItem; number: string; actionFieldIds: readonly string[] };

async function saveItem(meetingId: string, target: AgendaItemTarget, values: AgendaItemValues) {
  // Validated by now: the duration is a number.
  const input = { ...agendaItemInput(values), plannedMinutes: Number(values.plannedMinutes) };
  if (target.mode === 'edit') return agendaBuilderRepo.save(target.item.id, input, values.actionFieldIds);
  return agendaBuilderRepo.append({ ...input, meetingId, parentId: target.parentId }, values.actionFieldIds);
}

function AgendaItemForm({
  meetingId,
  target,
  onDone,
}: {
  meetingId: string;
  target: AgendaItemTarget;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const persons = usePersonOptions() ?? [];
  const actionFields = useLiveQuery(() => actionFieldRepo.list(network.id), [network.id]) ?? [];
  const form = useAgendaItemForm(
    target.mode === 'edit' ? agendaItemValues(target.item, target.actionFieldIds) : agendaItemValues(),
  );
  const { saving, submit } = useSubmit(form, (values) => saveItem(meetingId, target, values), onDone);

  return (
    <FormFrame onSubmit={submit} onCancel={onDone} saving={saving}>
      <ItemFields form={form} />
      <Select
        label={t('agenda.field.presenterPerson')}
        data={persons}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('meetings.clearField') }}
        nothingFoundMessage={t('agenda.noPersonFound')}
        key={form.key('presenterPersonId')}
        {...form.getInputProps('presenterPersonId')}
      />
      <TextInput
        label={t('agenda.field.presenterText')}
        description={t('agenda.field.presenterTextHint')}
        key={form.key('presenterText')}
        {...form.getInputProps('presenterText')}
      />
      <MultiSelect
        label={t('agenda.field.actionFields')}
        data={actionFields.map((f) => ({ value: f.id, label: f.title }))}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('meetings.clearField') }}
        nothingFoundMessage={t('agenda.noActionFieldFound')}
        key={form.key('actionFieldIds')}
        {...form.getInputProps('actionFieldIds')}
      />
      <Textarea
        label={t('agenda.field.chairNotes')}
        description={t('agenda.field.chairNotesHint')}
        autosize
        minRows={2}
        maxRows={6}
        key={form.key('chairNotes')}
        {...form.getInputProps('chairNotes')}
      />
      <Checkbox
        label={t('agenda.field.isPublic')}
        key={form.key('isPublic')}
        {...form.getInputProps('isPublic', { type: 'checkbox' })}
      />
    </FormFrame>
  );
}

type TitledTarget = { mode: 'create'; parentNumber?: string } | { mode: 'edit'; number: string };

/** "TOP 3 bearbeiten", "Unterpunkt zu TOP 2 hinzufügen", "Punkt hinzufügen" – for agendas and templates. */
export function itemDrawerTitle(target: TitledTarget | undefined, t: TFunction): string {
  if (!target) return '';
  if (target.mode === 'edit') return t('agenda.editTitle', { number: target.number });
  return target.parentNumber ? t('agenda.addChildTitle', { number: target.parentNumber }) : t('agenda.addTitle');
}

/** Editing one agenda item beside the list: typing re-renders this form only, not the agenda. */
export function AgendaItemDrawer({
  meetingId,
  drawer,
}: {
  meetingId: string;
  drawer: { opened: boolean; target?: AgendaItemTarget; key: number; close: () => void };
}) {
  const { t } = useTranslation();
  return (
    <ItemDrawer title={itemDrawerTitle(drawer.target, t)} opened={drawer.opened} onClose={drawer.close}>
      {drawer.target && (
        <AgendaItemForm key={drawer.key} meetingId={meetingId} target={drawer.target} onDone={drawer.close} />
      )}
    </ItemDrawer>
  );
}
