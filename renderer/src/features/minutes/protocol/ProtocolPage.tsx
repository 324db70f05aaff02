import { Group, Stack } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { Section } from '../../../ui/Section';
import { useToday } from '../../../ui/use-today';
import { LockedNotice } from '../LockedNotice';
import { BackToMeeting, MinutesLinks } from '../MinutesLinks';
import { Amendments } from './Amendments';
import { FingerprintPanel } from './FingerprintPanel';
import { loadProtocol, useMeetingReader } from './protocol-data';
import { ProtocolOverview } from './ProtocolOverview';
import { StatusPanel } from './StatusPanel';

/**
 * The minutes after the meeting: what they say, and their way from draft through sending and
 * objections to approval — sealed with a fingerprint, then locked; corrections are amendments.
 */
export function ProtocolPage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const today = useToday();
  const read = useMeetingReader();
  const protocol = useLiveQuery(
    () => (read ? loadProtocol(read, meetingId, today) : undefined),
    [read, meetingId, today],
  );
  if (protocol === undefined) return <LoadingState />;
  if (protocol === null) return <PageHeader title={t('minutes.notFound')} />;
  const { meeting, body, minutes, locked } = protocol;
  const meetingName = t('common.meetingOfBody', { body: body.name, number: meeting.number, year: meeting.year });
  return (
    <>
      <BackToMeeting meetingId={meeting.id} />
      <PageHeader
        title={t('minutes.protocol.title')}
        windowTitle={t('minutes.protocol.windowTitle', { meeting: meetingName })}
        description={meetingName}
        actions={<MinutesLinks meetingId={meeting.id} show={['session']} />}
      />
      <Stack gap="xl">
        {locked && <LockedNotice />}
        <Group align="stretch" grow wrap="wrap" gap="xl">
          <Section title={t('minutes.protocol.state')}>
            <StatusPanel protocol={protocol} today={today} />
          </Section>
          {minutes && locked && (
            <Section title={t('minutes.fingerprint.title')}>
              <FingerprintPanel minutes={minutes} today={today} />
            </Section>
          )}
        </Group>
        {minutes && locked && (
          <Section title={t('minutes.amendments.title')}>
            <Amendments minutes={minutes} amendments={protocol.amendments} today={today} />
          </Section>
        )}
        <ProtocolOverview protocol={protocol} />
      </Stack>
    </>
  );
}
