import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../app/routes';

interface MeetingLinkProps {
  meeting: { id: string; number: number; year: number };
  /** Body code or name shown before the number. */
  body: string;
}

/** "LK – 2. Sitzung 2026", linking to the meeting. */
export function MeetingLink({ meeting, body }: MeetingLinkProps) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.meeting(meeting.id)} fz="inherit">
      {t('common.meetingOfBody', { body, number: meeting.number, year: meeting.year })}
    </Anchor>
  );
}
