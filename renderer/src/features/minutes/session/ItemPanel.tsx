import { Badge, Blockquote, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { NotesEditor } from '../notes/NotesEditor';
import { ResultEditor } from '../results/ResultEditor';
import type { SessionChoices } from './session-choices';
import { TaskEditor } from '../tasks/TaskEditor';
import { DraftList } from './DraftList';
import { ItemClock } from './ItemClock';
import type { Session, SessionItem } from './session-data';

interface ItemPanelProps {
  session: Session;
  entry: SessionItem;
  votingPresent: number | undefined;
  choices: SessionChoices;
  addressees: readonly string[];
  /** Shown after a move: the notes take the focus, ready for typing. */
  takeFocus: boolean;
  onCall: () => void;
}

/** One item in Sitzungsmodus: its time, notes, results and tasks. */
export function ItemPanel({ session, entry, votingPresent, choices, addressees, takeFocus, onCall }: ItemPanelProps) {
  const { t } = useTranslation();
  const { item, number } = entry;
  const readOnly = session.locked;
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    const target = panel.current?.querySelector<HTMLElement>(readOnly ? 'h2' : '[contenteditable="true"]');
    target?.focus();
  }, [takeFocus, readOnly]);
  const decision = entry.results.find((r) => r.kind !== 'kenntnisnahme');

  return (
    <Stack gap="lg" ref={panel}>
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={4}>
            <Text fw={700} c="petrol.8">
              {t('minutes.itemNumber', { number })}
            </Text>
            <Title order={2} fz="xl" tabIndex={-1}>
              {item.title}
            </Title>
            {entry.presenter && (
              <Text size="sm" c="dimmed">
                {t('minutes.item.presenter', { name: entry.presenter })}
              </Text>
            )}
          </Stack>
          <Badge variant="light" color="gray">
            {t(`minutes.item.kinds.${item.kind}`)}
          </Badge>
        </Group>
        <Stack mt="md" gap="md">
          <ItemClock entry={entry} session={session} onCall={onCall} />
          {item.proposedResolution && (
            <Blockquote p="sm" color="petrol" cite={t('minutes.item.proposal')}>
              {item.proposedResolution}
            </Blockquote>
          )}
        </Stack>
      </Paper>
      <Section title={t('minutes.notes.title')} order={3}>
        <NotesEditor
          key={item.id}
          itemId={item.id}
          notes={item.notes}
          revision={item.revision}
          label={t('minutes.notes.label', { number, title: item.title })}
          readOnly={readOnly}
        />
      </Section>
      <Section title={t('minutes.result.title')} order={3}>
        <DraftList
          records={entry.results}
          readOnly={readOnly}
          addLabel={t('minutes.result.add')}
          emptyText={t('minutes.result.none')}
          editor={({ record, onCreated, isNew }) => (
            <ResultEditor
              item={item}
              result={record}
              position={entry.results.length + 1}
              votingPresent={votingPresent}
              readOnly={readOnly}
              addressees={addressees}
              autoFocus={isNew}
              onCreated={onCreated}
            />
          )}
        />
      </Section>
      <Section title={t('minutes.task.title')} description={t('minutes.task.followUp')} order={3}>
        <DraftList
          records={entry.tasks}
          readOnly={readOnly}
          addLabel={t('minutes.task.add')}
          emptyText={t('minutes.task.none')}
          editor={({ record, onCreated, isNew }) => (
            <TaskEditor
              item={item}
              task={record}
              resultId={decision?.id}
              position={entry.tasks.length + 1}
              choices={choices}
              readOnly={readOnly}
              autoFocus={isNew}
              onCreated={onCreated}
            />
          )}
        />
      </Section>
    </Stack>
  );
}
