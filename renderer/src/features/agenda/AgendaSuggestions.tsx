import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaSuggestion } from '../../../../shared/domain/agenda-suggestions';
import { agendaBuilderRepo } from '../../db/repos';
import { notify } from '../../ui/notify';

function SuggestionRow({ meetingId, suggestion }: { meetingId: string; suggestion: AgendaSuggestion }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const accept = async () => {
    setBusy(true);
    try {
      await agendaBuilderRepo.acceptSuggestion(meetingId, suggestion);
      notify('success', t('common.saved'), t('agenda.suggestion.accepted', { title: suggestion.item.title }));
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const action = 'update' in suggestion.target ? 'update' : 'insert';
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <div>
        <Text fw={600}>{suggestion.item.title}</Text>
        <Text size="sm">{t(`agenda.suggestion.${suggestion.kind}`)}</Text>
        {suggestion.item.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} lineClamp={6}>
            {suggestion.item.description}
          </Text>
        )}
      </div>
      <Button variant="default" onClick={accept} loading={busy} style={{ flex: 'none' }}>
        {t(`agenda.suggestion.${action}`)}
      </Button>
    </Group>
  );
}

/** Automatic items for a meeting ahead: approval of the last minutes, progress since the last meeting. */
export function AgendaSuggestions({
  meetingId,
  suggestions,
}: {
  meetingId: string;
  suggestions: readonly AgendaSuggestion[];
}) {
  const { t } = useTranslation();
  if (suggestions.length === 0) return null;
  return (
    <Alert color="petrol" variant="light" icon={<IconBulb aria-hidden />} title={t('agenda.suggestion.title')} mb="md">
      <Stack gap="md">
        {suggestions.map((s) => (
          <SuggestionRow key={s.kind} meetingId={meetingId} suggestion={s} />
        ))}
      </Stack>
    </Alert>
  );
}
