import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichText } from '../../../../../shared/schemas';
import { RichTextView } from './RichTextView';

export type NotesChoice = 'mine' | 'theirs' | 'merge';

/** Both versions one after the other, with a marked heading before the other window's text. */
function merged(mine: RichText | undefined, theirs: RichText | undefined, heading: string): RichText {
  return {
    type: 'doc',
    content: [
      ...(mine?.content ?? []),
      { type: 'paragraph', content: [{ type: 'text', text: heading, marks: [{ type: 'bold' }] }] },
      ...(theirs?.content ?? []),
    ],
  };
}

function Version({ title, value }: { title: string; value: RichText | undefined }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="sm" radius="sm">
      <Title order={3} fz="sm" id={headingId} mb="xs">
        {title}
      </Title>
      {value ? (
        <RichTextView value={value} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('minutes.conflict.empty')}
        </Text>
      )}
    </Paper>
  );
}

interface NotesConflictDialogProps {
  mine: RichText | undefined;
  theirs: RichText | undefined;
  onChoose: (choice: NotesChoice, doc: RichText | undefined) => void;
}

/**
 * Another window saved these notes while the user was typing here: nothing is lost, both
 * versions are shown, and the user keeps one or merges them in the editor.
 */
export function NotesConflictDialog({ mine, theirs, onChoose }: NotesConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={() => onChoose('merge', merged(mine, theirs, t('minutes.conflict.theirsHeading')))}
      title={t('minutes.conflict.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('minutes.conflict.text')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Version title={t('minutes.conflict.mine')} value={mine} />
          <Version title={t('minutes.conflict.theirs')} value={theirs} />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onChoose('theirs', theirs)}>
            {t('minutes.conflict.takeTheirs')}
          </Button>
          <Button
            variant="default"
            onClick={() => onChoose('merge', merged(mine, theirs, t('minutes.conflict.theirsHeading')))}
          >
            {t('minutes.conflict.merge')}
          </Button>
          <Button onClick={() => onChoose('mine', mine)} data-autofocus>
            {t('minutes.conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
