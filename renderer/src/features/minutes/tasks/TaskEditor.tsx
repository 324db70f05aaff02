import { ActionIcon, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Task } from '../../../../../shared/schemas';
import { ValidationError } from '../../../db/errors';
import { taskRepo } from '../../../db/repos';
import { ConfirmDialog } from '../../directory/ConfirmDialog';
import { DateField } from '../../directory/DateField';
import { useAutosavedRecord } from '../autosave/use-autosaved-record';
import { ownerGroups, type SessionChoices } from '../session/session-choices';
import { taskChanges, taskValues, type TaskValues } from './task-values';

interface TaskEditorProps {
  item: AgendaItem;
  task?: Task;
  /** The item's resolution the task follows from, if any. */
  resultId?: string;
  position: number;
  choices: SessionChoices;
  readOnly: boolean;
  autoFocus: boolean;
  onCreated?: (id: string) => void;
}

/** One task agreed on an item: what, who (person, organisation or body), by when, and for which action field. */
export function TaskEditor({
  item,
  task,
  resultId,
  position,
  choices,
  readOnly,
  autoFocus,
  onCreated,
}: TaskEditorProps) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const { values, change, errorOf, flush } = useAutosavedRecord({
    record: task,
    valuesOf: taskValues,
    onCreated,
    save: (v: TaskValues, id) => {
      if (!v.owner) throw ValidationError.single('ownerKind', t('minutes.task.ownerMissing'));
      const changes = taskChanges(v);
      return id
        ? taskRepo.update(id, changes)
        : taskRepo.create({
            ...changes,
            title: v.title,
            ownerKind: changes.ownerKind!,
            dueDate: v.dueDate ?? '',
            meetingId: item.meetingId,
            agendaItemId: item.id,
            resultId,
            position,
          });
    },
  });
  const measures = choices.measures.filter((m) => !values.actionFieldId || m.actionFieldId === values.actionFieldId);
  const label = values.title.trim() || t('minutes.task.new');
  const pick = (patch: Partial<TaskValues>) => change(patch, { now: true });

  return (
    <Paper withBorder p="md" radius="sm" component="article" aria-label={label} onBlur={() => void flush()}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <TextInput
          label={t('minutes.task.what')}
          withAsterisk
          flex={1}
          autoFocus={autoFocus}
          readOnly={readOnly}
          value={values.title}
          error={errorOf('title')}
          onChange={(event) => change({ title: event.currentTarget.value })}
        />
        {task && !readOnly && (
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={26}
            aria-label={t('minutes.task.remove')}
            onClick={() => setRemoving(true)}
          >
            <IconTrash size="1.1rem" aria-hidden />
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm" spacing="sm">
        <Select
          label={t('minutes.task.owner')}
          withAsterisk
          searchable
          nothingFoundMessage={t('minutes.task.nothingFound')}
          data={ownerGroups(choices, (kind) => t(`minutes.task.ownerGroups.${kind}`))}
          readOnly={readOnly}
          value={values.owner}
          error={errorOf('ownerKind', ['owner'])}
          onChange={(owner) => pick({ owner })}
        />
        <DateField
          label={t('minutes.task.due')}
          withAsterisk
          readOnly={readOnly}
          value={values.dueDate}
          error={errorOf('dueDate')}
          onChange={(dueDate) => pick({ dueDate })}
        />
        <Select
          label={t('minutes.task.actionField')}
          clearable
          data={choices.actionFields.map((f) => ({ value: f.id, label: f.title }))}
          readOnly={readOnly}
          value={values.actionFieldId}
          onChange={(actionFieldId) => pick({ actionFieldId, measureId: null })}
        />
        <Select
          label={t('minutes.task.measure')}
          clearable
          searchable
          nothingFoundMessage={t('minutes.task.nothingFound')}
          data={measures.map((m) => ({ value: m.id, label: m.title }))}
          readOnly={readOnly}
          value={values.measureId}
          onChange={(measureId) =>
            pick({
              measureId,
              actionFieldId: choices.measures.find((m) => m.id === measureId)?.actionFieldId ?? values.actionFieldId,
            })
          }
        />
      </SimpleGrid>
      {task && (
        <ConfirmDialog
          opened={removing}
          title={t('minutes.task.removeTitle', { title: task.title })}
          confirmLabel={t('minutes.task.remove')}
          danger
          onConfirm={() => taskRepo.remove(task.id)}
          onClose={() => setRemoving(false)}
        >
          <Text>{t('minutes.task.removeText')}</Text>
        </ConfirmDialog>
      )}
    </Paper>
  );
}
