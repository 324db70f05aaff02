import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { votingMembersPresent } from '../../../../../shared/domain/votes';
import { useActiveNetwork } from '../../../app/active-network';
import { EmptyHint } from '../../../ui/EmptyHint';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { AttendancePanel } from '../attendance/AttendancePanel';
import { SaveStatus, SaveStatusProvider } from '../autosave/save-status';
import { LockedNotice } from '../LockedNotice';
import { BackToMeeting, MinutesLinks } from '../MinutesLinks';
import { ItemPanel } from './ItemPanel';
import { loadSessionChoices, type SessionChoices } from './session-choices';
import { loadSession, type Session } from './session-data';
import { SessionControls } from './SessionControls';
import { SessionNav } from './SessionNav';
import { useSessionView } from './use-session-view';

function StepButtons({ previous, next }: { previous?: () => void; next?: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="lg">
      <Button
        variant="default"
        disabled={!previous}
        onClick={previous}
        leftSection={<IconArrowLeft size="1rem" aria-hidden />}
      >
        {t('minutes.session.previous')}
      </Button>
      <Text size="sm" c="dimmed" visibleFrom="md">
        {t('minutes.session.keys')}
      </Text>
      <Button
        variant="default"
        disabled={!next}
        onClick={next}
        rightSection={<IconArrowRight size="1rem" aria-hidden />}
      >
        {t('minutes.session.next')}
      </Button>
    </Group>
  );
}

function SessionView({ session, choices }: { session: Session; choices: SessionChoices }) {
  const { t } = useTranslation();
  const view = useSessionView(session);
  const { meeting, items, participants, locked } = session;
  const entry = items.find((i) => i.item.id === view.selected);
  const attendanceKnown = participants.some((p) => p.attendance !== 'offen');
  const addressees = Object.values(t('minutes.result.addressees', { returnObjects: true }));
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <SessionNav
          items={items}
          participants={participants}
          selected={view.selected}
          currentId={view.current}
          onShow={view.show}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {entry ? (
          <ItemPanel
            key={entry.item.id}
            session={session}
            entry={entry}
            votingPresent={attendanceKnown ? votingMembersPresent(participants) : undefined}
            choices={choices}
            addressees={addressees}
            takeFocus={view.moves > 0}
            onCall={() => view.call(entry.item.id)}
          />
        ) : (
          <AttendancePanel
            meetingId={meeting.id}
            participants={participants}
            people={choices.people}
            readOnly={locked}
            takeFocus={view.moves > 0}
          />
        )}
        <StepButtons previous={view.previous} next={view.next} />
      </Grid.Col>
    </Grid>
  );
}

/**
 * Sitzungsmodus: the minute-taker's page during the meeting — attendance, then item by item the
 * clock, notes, results and tasks, all saved while typing, all reachable by keyboard.
 */
export function SessionPage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const network = useActiveNetwork();
  const session = useLiveQuery(() => loadSession(meetingId), [meetingId]);
  const choices = useLiveQuery(() => loadSessionChoices(network.id), [network.id]);
  if (session === undefined || choices === undefined) return <LoadingState />;
  if (session === null) return <PageHeader title={t('minutes.notFound')} />;
  const { meeting, body } = session;
  const meetingName = t('common.meetingOfBody', { body: body.name, number: meeting.number, year: meeting.year });
  return (
    <SaveStatusProvider>
      <BackToMeeting meetingId={meeting.id} />
      <PageHeader
        title={t('minutes.session.title')}
        windowTitle={t('minutes.session.windowTitle', { meeting: meetingName })}
        description={meetingName}
        actions={
          <Stack gap={6} align="flex-end">
            <Group gap="sm">
              <SessionControls session={session} />
              <MinutesLinks meetingId={meeting.id} show={['protocol']} />
            </Group>
            <SaveStatus />
          </Stack>
        }
      />
      <Stack gap="lg">
        {session.locked && <LockedNotice />}
        {session.items.length === 0 && <EmptyHint text={t('minutes.session.noAgenda')} />}
        <SessionView session={session} choices={choices} />
      </Stack>
    </SaveStatusProvider>
  );
}
