import { Badge, Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconCalendarMonth, IconCalendarOff, IconTemplate } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useActiveNetwork } from '../../app/active-network';
import { paths } from '../../app/routes';
import { EmptyHint } from '../../ui/EmptyHint';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { CreateMeetingButton } from './CreateMeetingDialog';
import { loadMeetingsByBody, meetingYears, type BodyMeetings } from './meetings-data';
import { MeetingsTable } from './MeetingsTable';

const ALL = 'alle';

function MeetingsActions({ groups }: { groups: readonly BodyMeetings[] }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button
        component={Link}
        to={paths.templates}
        variant="default"
        leftSection={<IconTemplate size="1.125rem" aria-hidden />}
      >
        {t('templates.title')}
      </Button>
      <Button
        component={Link}
        to={paths.yearPlanning}
        variant="default"
        leftSection={<IconCalendarMonth size="1.125rem" aria-hidden />}
      >
        {t('yearPlanning.title')}
      </Button>
      <CreateMeetingButton bodies={groups.map((g) => g.body)} />
    </Group>
  );
}

export function MeetingsPage() {
  const { t } = useTranslation();
  const network = useActiveNetwork();
  const [params, setParams] = useSearchParams();
  const bodyFilter = params.get('gremium') ?? ALL;
  const yearFilter = params.get('jahr') ?? ALL;
  const groups = useLiveQuery(() => loadMeetingsByBody(network.id), [network.id]);

  const setFilter = (key: 'gremium' | 'jahr', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value && value !== ALL) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const shown = (groups ?? [])
    .filter((g) => bodyFilter === ALL || g.body.id === bodyFilter)
    .map((g) => ({ ...g, meetings: g.meetings.filter((m) => yearFilter === ALL || String(m.year) === yearFilter) }));
  const visible = bodyFilter === ALL ? shown.filter((g) => g.meetings.length > 0) : shown;

  return (
    <>
      <PageHeader title={t('meetings.title')} actions={groups && <MeetingsActions groups={groups} />} />
      {!groups ? (
        <LoadingState />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw="40rem" mb="lg">
            <Select
              label={t('meetings.filterBody')}
              data={[
                { value: ALL, label: t('meetings.allBodies') },
                ...groups.map((g) => ({ value: g.body.id, label: g.body.name })),
              ]}
              value={bodyFilter}
              onChange={(value) => setFilter('gremium', value)}
              allowDeselect={false}
            />
            <Select
              label={t('meetings.filterYear')}
              data={[{ value: ALL, label: t('meetings.allYears') }, ...meetingYears(groups)]}
              value={yearFilter}
              onChange={(value) => setFilter('jahr', value)}
              allowDeselect={false}
            />
          </SimpleGrid>
          {visible.length === 0 ? (
            <EmptyHint text={t('meetings.emptyAll')} icon={IconCalendarOff} />
          ) : (
            <Stack gap="xl">
              {visible.map(({ body, meetings }) => (
                <Section
                  key={body.id}
                  title={body.name}
                  aside={<Badge variant="light">{t('meetings.meetingCount', { count: meetings.length })}</Badge>}
                >
                  {meetings.length === 0 ? (
                    <EmptyHint text={t('meetings.empty')} icon={IconCalendarOff} />
                  ) : (
                    <MeetingsTable meetings={meetings} />
                  )}
                </Section>
              ))}
            </Stack>
          )}
        </>
      )}
    </>
  );
}
