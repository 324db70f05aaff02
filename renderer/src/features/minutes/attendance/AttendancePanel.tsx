import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconListCheck, IconUsers } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { votingMembersPresent } from '../../../../../shared/domain/votes';
import type { Participant } from '../../../../../shared/schemas';
import { invitationRepo, participantRepo } from '../../../db/repos';
import { EmptyHint } from '../../../ui/EmptyHint';
import { notify } from '../../../ui/notify';
import { Section } from '../../../ui/Section';
import type { PersonChoice } from '../session/session-choices';
import { AddGuestForm } from './AddGuestForm';
import { attendanceFromReply } from './attendance-values';
import { AttendanceRow } from './AttendanceRow';

interface AttendancePanelProps {
  meetingId: string;
  participants: readonly Participant[];
  people: readonly PersonChoice[];
  readOnly: boolean;
  takeFocus: boolean;
}

const count = (participants: readonly Participant[], ...statuses: Participant['attendance'][]) =>
  participants.filter((p) => statuses.includes(p.attendance)).length;

/** Who is there: the invitees with their attendance, and guests added on the spot. */
export function AttendancePanel({ meetingId, participants, people, readOnly, takeFocus }: AttendancePanelProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  const names = [...new Set(people.map((p) => p.name))];
  const fromReplies = participants.filter((p) => attendanceFromReply(p) !== undefined);
  const run = (action: () => Promise<unknown>) => () =>
    action().catch((error: Error) => notify('error', t('common.error'), error.message));
  const takeReplies = run(async () => {
    for (const p of fromReplies) await participantRepo.update(p.id, { attendance: attendanceFromReply(p) });
  });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz="xl" ref={heading} tabIndex={-1}>
            {t('minutes.attendance.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('minutes.attendance.summary', {
              present: count(participants, 'anwesend', 'gast'),
              voting: votingMembersPresent(participants),
              represented: count(participants, 'vertreten'),
              absent: count(participants, 'entschuldigt', 'unentschuldigt'),
              open: count(participants, 'offen'),
            })}
          </Text>
        </div>
        {!readOnly && fromReplies.length > 0 && (
          <Button variant="light" leftSection={<IconListCheck size="1rem" aria-hidden />} onClick={takeReplies}>
            {t('minutes.attendance.fromReplies', { count: fromReplies.length })}
          </Button>
        )}
      </Group>
      {participants.length === 0 ? (
        <Stack gap="sm" align="flex-start">
          <EmptyHint text={t('minutes.attendance.empty')} icon={IconUsers} />
          {!readOnly && (
            <Button onClick={run(() => invitationRepo.inviteBodyMembers(meetingId))}>
              {t('minutes.attendance.inviteMembers')}
            </Button>
          )}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth="38rem">
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('minutes.attendance.person')}</Table.Th>
                <Table.Th>{t('minutes.attendance.status')}</Table.Th>
                <Table.Th w="8.5rem">{t('minutes.attendance.times')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {participants.map((p) => (
                <AttendanceRow key={p.id} participant={p} people={people} names={names} readOnly={readOnly} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!readOnly && (
        <Section title={t('minutes.attendance.addGuest')} order={3}>
          <AddGuestForm meetingId={meetingId} people={people} names={names} />
        </Section>
      )}
    </Stack>
  );
}
