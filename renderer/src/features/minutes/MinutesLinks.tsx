import { Button, Group } from '@mantine/core';
import { IconArrowLeft, IconFileText, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/routes';

/** Back to the meeting's page, above the heading of the minutes pages. */
export function BackToMeeting({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={paths.meeting(meetingId)}
      variant="subtle"
      size="compact-sm"
      leftSection={<IconArrowLeft size="1rem" aria-hidden />}
      mb="xs"
      px={4}
    >
      {t('minutes.backToMeeting')}
    </Button>
  );
}

const LINKS = {
  session: { to: paths.session, icon: IconPlayerPlay, label: 'minutes.openSession' },
  protocol: { to: paths.protocol, icon: IconFileText, label: 'minutes.openProtocol' },
} as const;

type Page = keyof typeof LINKS;

/** Sitzungsmodus and Protokoll of a meeting, as links (on the meeting page, and from one to the other). */
export function MinutesLinks({
  meetingId,
  show = ['session', 'protocol'],
}: {
  meetingId: string;
  show?: readonly Page[];
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      {show.map((page) => {
        const { to, icon: Icon, label } = LINKS[page];
        return (
          <Button
            key={page}
            component={Link}
            to={to(meetingId)}
            variant="default"
            leftSection={<Icon size="1rem" aria-hidden />}
          >
            {t(label)}
          </Button>
        );
      })}
    </Group>
  );
}
