import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/domain/dates';
import { minutesTransitions, objectionDeadline, type MinutesChange } from '../../../../../shared/domain/status-cycle';
import type { MinutesStatus } from '../../../../../shared/schemas';
import { Facts } from '../../../ui/Facts';
import { ApproveDialog } from './ApproveDialog';
import type { Protocol } from './protocol-data';
import { ObjectionsDialog, SendDialog } from './SendDialog';

const STATUS_COLORS: Record<MinutesStatus, string> = {
  entwurf: 'yellow',
  versandt: 'indigo',
  einwaende: 'orange',
  genehmigt: 'green',
};

/** A step the minutes can take (never back to the draft). */
type Step = MinutesChange['to'];

const ACTION_OF_STEP: Record<Step, 'send' | 'objections' | 'approve'> = {
  versandt: 'send',
  einwaende: 'objections',
  genehmigt: 'approve',
};

/** Where the minutes stand (sent, objections, approval) and the next steps. */
export function StatusPanel({ protocol, today }: { protocol: Protocol; today: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>();
  const { minutes, body, meeting, approvedInMeeting } = protocol;
  const status = minutes?.status ?? 'entwurf';
  const facts = [
    {
      label: t('minutes.protocol.status'),
      value: (
        <Badge variant="light" color={STATUS_COLORS[status]}>
          {t(`minutes.status.${status}`)}
        </Badge>
      ),
    },
  ];
  if (minutes?.sentOn) facts.push({ label: t('minutes.protocol.sentOn'), value: <>{formatDate(minutes.sentOn)}</> });
  if (minutes?.sentOn && body.approvalRule === 'fristablauf' && body.objectionDays && status !== 'genehmigt') {
    facts.push({
      label: t('minutes.protocol.objectionUntil'),
      value: <>{formatDate(objectionDeadline(minutes.sentOn, body.objectionDays))}</>,
    });
  }
  if (minutes?.objections) {
    facts.push({
      label: t('minutes.protocol.objections'),
      value: (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {minutes.objections}
        </Text>
      ),
    });
  }
  if (status === 'genehmigt' && minutes?.approvedOn) {
    const approval = minutes.deemedApproved
      ? t('minutes.protocol.deemedSince', { date: formatDate(minutes.approvedOn) })
      : t('minutes.protocol.approvedInMeeting', {
          date: formatDate(minutes.approvedOn),
          number: approvedInMeeting?.number,
          year: approvedInMeeting?.year,
        });
    facts.push({ label: t('minutes.protocol.approval'), value: <>{approval}</> });
  }
  const label = (to: Step) => (to === 'versandt' && status === 'einwaende' ? 'resend' : ACTION_OF_STEP[to]);

  return (
    <Stack gap="md">
      <Facts items={facts} />
      {minutesTransitions(status).length > 0 && (
        <Group gap="sm">
          {minutesTransitions(status)
            .map(({ to }) => to as Step)
            .map((to) => (
              <Button key={to} variant={to === 'genehmigt' ? 'filled' : 'default'} onClick={() => setStep(to)}>
                {t(`minutes.protocol.actions.${label(to)}`)}
              </Button>
            ))}
        </Group>
      )}
      {step === 'versandt' && (
        <SendDialog
          meetingId={meeting.id}
          today={today}
          again={status === 'einwaende'}
          onClose={() => setStep(undefined)}
        />
      )}
      {step === 'einwaende' && (
        <ObjectionsDialog meetingId={meeting.id} today={today} onClose={() => setStep(undefined)} />
      )}
      {step === 'genehmigt' && <ApproveDialog protocol={protocol} today={today} onClose={() => setStep(undefined)} />}
    </Stack>
  );
}
