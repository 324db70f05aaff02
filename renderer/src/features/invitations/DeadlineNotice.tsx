import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/domain/dates';
import { invitationDeadline, invitationDeadlineState } from '../../../../shared/domain/deadline';
import type { Body, Meeting } from '../../../../shared/schemas';

/** A planned meeting whose invitation deadline is near or past, said at the top of its page. */
export function DeadlineNotice({ meeting, body, today }: { meeting: Meeting; body: Body; today: string }) {
  const { t } = useTranslation();
  if (meeting.status !== 'geplant' || meeting.invitationSentOn) return null;
  const deadline = invitationDeadline(meeting.date, body.noticeDays);
  const state = invitationDeadlineState(today, deadline);
  if (state === 'offen' || state === 'eingehalten') return null;
  const past = state === 'ueberschritten';
  return (
    <Alert
      color={past ? 'red' : 'orange'}
      icon={past ? <IconAlertTriangle aria-hidden /> : <IconClock aria-hidden />}
      title={t(`invitations.deadline.${state}`)}
    >
      {t(past ? 'invitations.deadlinePastText' : 'invitations.deadlineNearText', {
        date: formatDate(deadline),
        count: body.noticeDays,
      })}
    </Alert>
  );
}
