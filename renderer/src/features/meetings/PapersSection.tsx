import { ActionIcon, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { IconDeviceFloppy, IconExternalLink, IconHash, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, Body, Meeting } from '../../../../shared/schemas';
import { paperRepo } from '../../db/repos';
import { EmptyHint } from '../../ui/EmptyHint';
import { formatBytes } from '../../ui/format-bytes';
import { LoadingState } from '../../ui/LoadingState';
import { notify } from '../../ui/notify';
import { notifyUndo } from '../../ui/notify-undo';
import { RowsTable } from '../../ui/RowsTable';
import { Section } from '../../ui/Section';
import { AddPaperButton } from './AddPaperDialog';
import { openPaper, savePaper } from './paper-files';
import { isRecordFixed } from './meeting-lock';
import { loadPapers, type PaperRow } from './papers-data';
import { RenumberPaperDialog } from './RenumberPaperDialog';
import { MoreMenu } from '../../ui/MoreMenu';

function PaperLine({
  row,
  onRenumber,
  readOnly,
}: {
  row: PaperRow;
  onRenumber: (paper: Attachment) => void;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { paper } = row;
  const name = paper.label ?? t(`meetings.papers.kinds.${paper.kind}`);
  const run = async (work: () => Promise<{ ok: boolean; message?: string }>) => {
    try {
      const result = await work();
      if (!result.ok && result.message) notify('error', t('common.error'), result.message);
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    }
  };
  const remove = () =>
    run(async () => {
      await paperRepo.remove(paper.id);
      notifyUndo(t('meetings.papers.removed'), paper.title ?? paper.fileName, () => paperRepo.restore(paper.id));
      return { ok: true };
    });
  const openLabel = t('meetings.papers.open', { name: paper.fileName });
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text fw={600} size="sm">
          {name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm">{paper.title ?? paper.fileName}</Text>
          <Text size="xs" c="dimmed">
            {t('meetings.papers.fileLine', { name: paper.fileName, size: formatBytes(paper.size, i18n.language) })}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {row.itemNumber ? t('meetings.agendaNumber', { number: row.itemNumber }) : t('meetings.papers.wholeMeeting')}
      </Table.Td>
      <Table.Td>
        <Group gap={2} wrap="nowrap" justify="flex-end">
          <ActionIcon variant="subtle" color="gray" aria-label={openLabel} onClick={() => run(() => openPaper(paper))}>
            <IconExternalLink size="1.125rem" aria-hidden />
          </ActionIcon>
          <MoreMenu label={t('meetings.papers.more', { name: paper.fileName })}>
            <Menu.Item
              leftSection={<IconDeviceFloppy size="1rem" aria-hidden />}
              onClick={() => run(() => savePaper(paper))}
            >
              {t('meetings.papers.save')}
            </Menu.Item>
            {paper.sequence !== undefined && !readOnly && (
              <Menu.Item leftSection={<IconHash size="1rem" aria-hidden />} onClick={() => onRenumber(paper)}>
                {t('meetings.papers.renumber')}
              </Menu.Item>
            )}
            {!readOnly && (
              <Menu.Item color="red" leftSection={<IconTrash size="1rem" aria-hidden />} onClick={remove}>
                {t('meetings.papers.remove')}
              </Menu.Item>
            )}
          </MoreMenu>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * Vorlagen, Anlagen and Tischvorlagen of the meeting and its items: open, save again, renumber,
 * remove; once the minutes are approved only open and save.
 */
export function PapersSection({ meeting, body }: { meeting: Meeting; body: Body }) {
  const { t } = useTranslation();
  const data = useLiveQuery(() => loadPapers(meeting.id), [meeting.id]);
  const [renumbering, setRenumbering] = useState<Attachment>();
  const readOnly = isRecordFixed(meeting);
  return (
    <Section
      title={t('meetings.papers.heading')}
      aside={data && !readOnly && <AddPaperButton meeting={meeting} body={body} items={data.items} />}
    >
      {!data ? (
        <LoadingState />
      ) : data.rows.length === 0 ? (
        <EmptyHint text={t('meetings.papers.empty')} />
      ) : (
        <RowsTable
          minWidth="40rem"
          headers={[t('meetings.papers.label'), t('meetings.papers.title'), t('meetings.papers.attachedTo')]}
          actionsLabel={t('invitations.actions')}
        >
          {data.rows.map((row) => (
            <PaperLine key={row.paper.id} row={row} onRenumber={setRenumbering} readOnly={readOnly} />
          ))}
        </RowsTable>
      )}
      <RenumberPaperDialog paper={renumbering} body={body} onClose={() => setRenumbering(undefined)} />
    </Section>
  );
}
