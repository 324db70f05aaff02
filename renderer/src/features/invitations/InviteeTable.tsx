import { ActionIcon, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconMailOff, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invitationRepo, participantRepo } from '../../db/repos';
import { notify } from '../../ui/notify';
import { notifyUndo } from '../../ui/notify-undo';
import { RowsTable } from '../../ui/RowsTable';
import type { InviteeRow } from './invitation-data';
import { ReplyEditor, type PersonNames } from './ReplyEditor';

function Who({ row }: { row: InviteeRow }) {
  const { t } = useTranslation();
  const { participant: p } = row;
  const role = [p.roleLabel, p.seat, p.organisationName].filter(Boolean).join(' · ');
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {p.displayName}
        </Text>
        {p.isGuest && (
          <Badge variant="light" color="gray" size="sm">
            {t('invitations.guest')}
          </Badge>
        )}
      </Group>
      {role && (
        <Text size="xs" c="dimmed">
          {role}
        </Text>
      )}
      {row.deputies.length > 0 && (
        <Text size="xs">{t('invitations.deputies', { names: row.deputies.map((d) => d.name).join(', ') })}</Text>
      )}
    </Stack>
  );
}

interface InviteeTableProps {
  today: string;
  persons: PersonNames;
  /** Approved minutes: replies are shown, not edited. */
  readOnly: boolean;
}

function InviteeLine({ row, today, persons, readOnly }: InviteeTableProps & { row: InviteeRow }) {
  const { t } = useTranslation();
  const { participant } = row;
  const remove = async () => {
    try {
      await participantRepo.remove(participant.id);
      notifyUndo(t('invitations.removed'), participant.displayName, () => invitationRepo.restore(participant.id));
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    }
  };
  const removeLabel = t('invitations.remove', { name: participant.displayName });
  return (
    <Table.Tr>
      <Table.Td>
        <Who row={row} />
      </Table.Td>
      <Table.Td>
        {row.email ? (
          <Text size="sm">{row.email}</Text>
        ) : (
          <Group gap={4} wrap="nowrap">
            <IconMailOff size="1rem" aria-hidden />
            <Text size="sm">{t('invitations.noEmail')}</Text>
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        {readOnly ? (
          <Text size="sm">
            {[t(`invitations.reply.${participant.reply}`), participant.substituteName].filter(Boolean).join(' ')}
          </Text>
        ) : (
          // Remounted when the stored reply changes (another window, undo), so it shows what is saved.
          <ReplyEditor key={participant.updatedAt} row={row} today={today} persons={persons} />
        )}
      </Table.Td>
      {!readOnly && (
        <Table.Td>
          <ActionIcon variant="subtle" color="gray" aria-label={removeLabel} onClick={remove}>
            <IconTrash size="1.125rem" aria-hidden />
          </ActionIcon>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** The invitees with organisation, role and deputies, e-mail, and their reply. */
export function InviteeTable({ rows, today, persons, readOnly }: InviteeTableProps & { rows: readonly InviteeRow[] }) {
  const { t } = useTranslation();
  return (
    <RowsTable
      minWidth="52rem"
      headers={[t('invitations.invitee'), t('invitations.email'), t('invitations.replyHeading')]}
      actionsLabel={readOnly ? undefined : t('invitations.actions')}
    >
      {rows.map((row) => (
        <InviteeLine key={row.participant.id} row={row} today={today} persons={persons} readOnly={readOnly} />
      ))}
    </RowsTable>
  );
}
