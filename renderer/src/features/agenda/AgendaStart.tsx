import { Button, Group, Select, Stack } from '@mantine/core';
import { IconCopy, IconPlus, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/domain/dates';
import type { AgendaTemplate, Meeting } from '../../../../shared/schemas';
import { meetingPlanRepo, type AgendaSource } from '../../db/repos';
import { EmptyHint } from '../../ui/EmptyHint';
import { notify } from '../../ui/notify';

interface AgendaStartProps {
  meetingId: string;
  templates: readonly AgendaTemplate[];
  previous?: Meeting;
  onAdd: () => void;
}

/** An empty agenda: start from a template (the usual agenda if the body has none), a copy, or item by item. */
export function AgendaStart({ meetingId, templates, previous, onAdd }: AgendaStartProps) {
  const { t } = useTranslation();
  const standard = templates.find((tpl) => tpl.isStandard) ?? templates[0];
  const [templateId, setTemplateId] = useState<string | null>(standard?.id ?? null);
  const [busy, setBusy] = useState<AgendaSource['kind']>();

  const fill = async (source: AgendaSource) => {
    setBusy(source.kind);
    try {
      await meetingPlanRepo.fillAgenda(meetingId, source);
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Stack gap="md">
      <EmptyHint text={t('agenda.empty')} />
      {templates.length > 1 && (
        <Select
          label={t('agenda.chooseTemplate')}
          data={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          value={templateId}
          onChange={setTemplateId}
          allowDeselect={false}
          maw="28rem"
        />
      )}
      <Group gap="sm">
        <Button
          leftSection={<IconTemplate size="1.125rem" aria-hidden />}
          loading={busy === 'template'}
          onClick={() => fill({ kind: 'template', templateId: templateId ?? undefined })}
        >
          {templates.length > 0 ? t('agenda.fromTemplate') : t('agenda.fromStandard')}
        </Button>
        {previous && (
          <Button
            variant="default"
            leftSection={<IconCopy size="1.125rem" aria-hidden />}
            loading={busy === 'copy'}
            onClick={() => fill({ kind: 'copy', meetingId: previous.id })}
          >
            {t('agenda.copyPrevious', { date: formatDate(previous.date) })}
          </Button>
        )}
        <Button variant="default" leftSection={<IconPlus size="1.125rem" aria-hidden />} onClick={onAdd}>
          {t('agenda.addFirst')}
        </Button>
      </Group>
    </Stack>
  );
}
