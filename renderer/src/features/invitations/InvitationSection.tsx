import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSend, IconUsersPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { personDisplayName } from '../../../../shared/directory/person-name';
import { formatDate } from '../../../../shared/domain/dates';
import { invitationDeadline, invitationDeadlineState } from '../../../../shared/domain/deadline';
import { InvitationReply, type Body, type Meeting } from '../../../../shared/schemas';
import { invitationRepo, personRepo } from '../../db/repos';
import { EmptyHint } from '../../ui/EmptyHint';
import { Facts } from '../../ui/Facts';
import { FormModal } from '../../ui/FormFrame';
import { LoadingState } from '../../ui/LoadingState';
import { notify } from '../../ui/notify';
import { Section } from '../../ui/Section';
import { DeadlineBadge } from '../../ui/StatusBadges';
import { isRecordFixed } from '../meetings/meeting-lock';
import { InvitationSentForm } from '../meetings/MeetingStatusActions';
import { AddGuestButton } from './AddGuestDialog';
import { ExportButtons } from './ExportButtons';
import { loadInvitation } from './invitation-data';
import { InviteeTable } from './InviteeTable';
import type { PersonNames } from './ReplyEditor';

function usePersonNames(): PersonNames {
  const persons = useLiveQuery(() => personRepo.all(), []);
  return useMemo(() => {
    const named = (persons ?? []).filter((p) => !p.anonymisedAt).map((p) => [personDisplayName(p), p.id] as const);
    return { names: named.map(([name]) => name).sort((a, b) => a.localeCompare(b, 'de')), idByName: new Map(named) };
  }, [persons]);
}

function InvitationFacts({
  meeting,
  body,
  today,
  readOnly,
}: {
  meeting: Meeting;
  body: Body;
  today: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const deadline = invitationDeadline(meeting.date, body.noticeDays);
  return (
    <>
      <Facts
        items={[
          {
            label: t('invitations.deadlineLabel'),
            value: (
              <Group gap="xs">
                <Text size="sm">
                  {t('invitations.deadlineValue', { date: formatDate(deadline), count: body.noticeDays })}
                </Text>
                <DeadlineBadge state={invitationDeadlineState(today, deadline, meeting.invitationSentOn)} />
              </Group>
            ),
          },
          {
            label: t('invitations.sentOn'),
            value: (
              <Group gap="sm">
                <Text size="sm">
                  {meeting.invitationSentOn ? formatDate(meeting.invitationSentOn) : t('invitations.notSent')}
                </Text>
                {!readOnly && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconSend size="0.875rem" aria-hidden />}
                    onClick={open}
                  >
                    {meeting.invitationSentOn ? t('invitations.changeSent') : t('invitations.markSent')}
                  </Button>
                )}
              </Group>
            ),
          },
          {
            label: t('invitations.replyBy'),
            value: meeting.replyBy ? formatDate(meeting.replyBy) : t('common.notSet'),
          },
        ]}
      />
      <FormModal opened={opened} onClose={close} title={t('invitations.markSentTitle')} size="md">
        <InvitationSentForm meeting={meeting} onDone={close} />
      </FormModal>
    </>
  );
}

/** Invitees (members and guests), the invitation's dates, replies with counts, and the exports. */
export function InvitationSection({ meeting, body, today }: { meeting: Meeting; body: Body; today: string }) {
  const { t } = useTranslation();
  const { id, bodyId, date } = meeting;
  const data = useLiveQuery(() => loadInvitation({ id, bodyId, date }), [id, bodyId, date]);
  const persons = usePersonNames();
  const readOnly = isRecordFixed(meeting);
  const inviteMembers = async () => {
    try {
      const added = await invitationRepo.inviteBodyMembers(meeting.id);
      notify('success', t('common.saved'), t('invitations.membersAdded', { count: added }));
    } catch (error) {
      notify('error', t('common.error'), (error as Error).message);
    }
  };
  const counts =
    data &&
    [
      t('invitations.invitedCount', { count: data.rows.length }),
      ...InvitationReply.options.map((r) => t(`invitations.counts.${r}`, { count: data.counts[r] })),
    ].join(' · ');

  return (
    <Section title={t('invitations.title')} description={counts}>
      <Stack gap="lg">
        <InvitationFacts meeting={meeting} body={body} today={today} readOnly={readOnly} />
        <Group gap="sm">
          {!readOnly && (
            <>
              <Button
                variant="default"
                leftSection={<IconUsersPlus size="1.125rem" aria-hidden />}
                onClick={inviteMembers}
              >
                {t('invitations.inviteMembers')}
              </Button>
              <AddGuestButton meetingId={meeting.id} />
            </>
          )}
          <ExportButtons meeting={meeting} body={body} />
        </Group>
        {!data ? (
          <LoadingState />
        ) : data.rows.length === 0 ? (
          <EmptyHint text={t('invitations.empty')} />
        ) : (
          <InviteeTable rows={data.rows} today={today} persons={persons} readOnly={readOnly} />
        )}
      </Stack>
    </Section>
  );
}
