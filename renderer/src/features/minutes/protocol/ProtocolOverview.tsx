import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/domain/dates';
import type { AgendaEntry, Directory } from '../../../../../shared/documents';
import { personNameById, taskOwner } from '../../../../../shared/documents/labels';
import type { Meeting, Task } from '../../../../../shared/schemas';
import { longDate } from '../../../ui/calendar-parts';
import { Facts } from '../../../ui/Facts';
import { Section } from '../../../ui/Section';
import { RichTextView } from '../notes/RichTextView';
import { groupAttendance } from './attendance-groups';
import type { Protocol } from './protocol-data';
import { ResultSummary } from './ResultSummary';

/** The actual times once both are known, otherwise the planned ones. */
const heldOrPlanned = ({ actualStart, actualEnd, startTime, endTime }: Meeting) =>
  actualStart && actualEnd ? { start: actualStart, end: actualEnd } : { start: startTime, end: endTime };

function HeaderFacts({ protocol }: { protocol: Protocol }) {
  const { t, i18n } = useTranslation();
  const { meeting, body, directory } = protocol;
  const notSet = t('common.notSet');
  return (
    <Facts
      items={[
        { label: t('minutes.protocol.body'), value: body.name },
        {
          label: t('minutes.protocol.meeting'),
          value: [t('common.meetingTitle', meeting), meeting.theme].filter(Boolean).join(' – '),
        },
        { label: t('minutes.protocol.date'), value: longDate(meeting.date, i18n.language) },
        {
          label: t('minutes.protocol.time'),
          value: t('common.timeRange', heldOrPlanned(meeting)),
        },
        { label: t('minutes.protocol.location'), value: meeting.location ?? notSet },
        { label: t('minutes.protocol.chair'), value: personNameById(directory, meeting.chairPersonId) ?? notSet },
        {
          label: t('minutes.protocol.minuteTaker'),
          value: personNameById(directory, meeting.minuteTakerPersonId) ?? notSet,
        },
      ]}
    />
  );
}

function Attendance({ protocol }: { protocol: Protocol }) {
  const { t } = useTranslation();
  const groups = groupAttendance(protocol.participants);
  if (groups.length === 0) return <Text c="dimmed">{t('minutes.protocol.noAttendance')}</Text>;
  return (
    <Stack gap="md">
      {groups.map(([group, members]) => (
        <div key={group}>
          <Title order={3} fz="sm" mb={4}>
            {t(`minutes.protocol.groups.${group}`, { count: members.length })}
          </Title>
          <List size="sm" spacing={2}>
            {members.map((p) => (
              <List.Item key={p.id}>
                <Text span fw={500} size="sm">
                  {p.displayName}
                </Text>{' '}
                <Text span c="dimmed" size="sm">
                  {[
                    p.organisationName,
                    p.roleLabel,
                    p.attendance === 'vertreten' && p.substituteName
                      ? t('minutes.protocol.representedBy', { name: p.substituteName })
                      : undefined,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}

function ItemTasks({ tasks, directory }: { tasks: Task[]; directory: Directory }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {tasks.map((task) => (
        <List.Item key={task.id}>
          {t('minutes.protocol.task', {
            title: task.title,
            owner: taskOwner(directory, task),
            due: formatDate(task.dueDate),
          })}
        </List.Item>
      ))}
    </List>
  );
}

function Item({ entry, tasks, directory }: { entry: AgendaEntry; tasks: Task[]; directory: Directory }) {
  const { t } = useTranslation();
  const { item, number, depth, presenter, results } = entry;
  const empty = !item.notes && results.length === 0 && tasks.length === 0;
  return (
    <Stack component="article" gap="xs" pl={depth ? 'lg' : 0}>
      <Title order={3} fz="md">
        {t('minutes.itemHeading', { number, title: item.title })}
      </Title>
      {presenter && (
        <Text size="sm" c="dimmed">
          {t('minutes.item.presenter', { name: presenter })}
        </Text>
      )}
      {item.notes && <RichTextView value={item.notes} />}
      {results.map((r) => (
        <ResultSummary key={r.id} result={r} />
      ))}
      {tasks.length > 0 && <ItemTasks tasks={tasks} directory={directory} />}
      {empty && (
        <Text size="sm" c="dimmed">
          {t('minutes.protocol.nothingRecorded')}
        </Text>
      )}
    </Stack>
  );
}

/** The minutes as recorded: header, attendance by group, and every item with notes, results and tasks. */
export function ProtocolOverview({ protocol }: { protocol: Protocol }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Section title={t('minutes.protocol.facts')}>
        <HeaderFacts protocol={protocol} />
      </Section>
      <Section title={t('minutes.attendance.title')}>
        <Attendance protocol={protocol} />
      </Section>
      <Section title={t('minutes.protocol.items')}>
        <Stack gap="lg">
          {protocol.agenda.map((entry) => (
            <Item
              key={entry.item.id}
              entry={entry}
              tasks={protocol.tasks.filter((task) => task.agendaItemId === entry.item.id)}
              directory={protocol.directory}
            />
          ))}
        </Stack>
      </Section>
    </Stack>
  );
}
