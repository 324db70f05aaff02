import { Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChecklist } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useActiveNetwork } from '../../app/active-network';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { useToday } from '../../ui/use-today';
import { AgendaSection } from '../agenda/AgendaSection';
import { DeadlineNotice } from '../invitations/DeadlineNotice';
import { InvitationSection } from '../invitations/InvitationSection';
import { MinutesLinks } from '../minutes/MinutesLinks';
import { TasksTable } from '../tasks/TasksTable';
import { BackToMeetings } from './BackToMeetings';
import { loadMeetingDetail, type MeetingDetail } from './meeting-data';
import { MeetingEditDialog } from './MeetingEditDialog';
import { MeetingFacts } from './MeetingFacts';
import { isRecordFixed } from './meeting-lock';
import { MeetingToolbar } from './MeetingToolbar';
import { PapersSection } from './PapersSection';

function TasksSection({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('meetings.tasks')}>
      {detail.tasks.length === 0 ? (
        <EmptyHint text={t('meetings.noTasks')} icon={IconChecklist} />
      ) : (
        <TasksTable rows={detail.tasks} showOrigin={false} />
      )}
    </Section>
  );
}

/** One meeting: facts, agenda with time plan, papers, invitation and replies, tasks. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const network = useActiveNetwork();
  const today = useToday();
  const detail = useLiveQuery(() => loadMeetingDetail(meetingId, network.id, today), [meetingId, network.id, today]);
  const [editing, { open: edit, close: closeEdit }] = useDisclosure(false);

  if (detail === undefined) return <LoadingState />;
  if (detail === null) {
    return (
      <>
        <BackToMeetings />
        <PageHeader title={t('meetings.notFound')} />
      </>
    );
  }
  const { meeting, body } = detail;
  const fixed = isRecordFixed(meeting);
  return (
    <>
      <BackToMeetings />
      <PageHeader
        title={`${body.name}: ${t('common.meetingTitle', { number: meeting.number, year: meeting.year })}`}
        description={meeting.theme}
        actions={<MeetingToolbar detail={detail} />}
      />
      <Stack gap="xl">
        <MinutesLinks meetingId={meeting.id} />
        <DeadlineNotice meeting={meeting} body={body} today={today} />
        <MeetingFacts detail={detail} onEdit={fixed ? undefined : edit} />
        <AgendaSection meeting={meeting} />
        <PapersSection meeting={meeting} body={body} />
        <InvitationSection meeting={meeting} body={body} today={today} />
        <TasksSection detail={detail} />
      </Stack>
      <MeetingEditDialog meeting={meeting} opened={editing} onClose={closeEdit} />
    </>
  );
}
