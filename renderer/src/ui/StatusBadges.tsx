import { Badge, type MantineColor } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../../../shared/domain/deadline';
import type { MeasureStatus, MeetingStatus, TaskStatus } from '../../../shared/schemas';

const MEETING_COLORS: Record<MeetingStatus, MantineColor> = {
  geplant: 'gray',
  eingeladen: 'petrol',
  durchgefuehrt: 'cyan',
  'protokoll-entwurf': 'yellow',
  'protokoll-versandt': 'indigo',
  'protokoll-genehmigt': 'green',
  abgesagt: 'red',
};

const TASK_COLORS: Record<TaskStatus, MantineColor> = {
  offen: 'petrol',
  'in-arbeit': 'cyan',
  erledigt: 'green',
  verschoben: 'yellow',
  entfallen: 'gray',
};

const MEASURE_COLORS: Record<MeasureStatus, MantineColor> = {
  geplant: 'gray',
  laufend: 'petrol',
  abgeschlossen: 'green',
  pausiert: 'yellow',
  abgebrochen: 'red',
};

export const measureStatusColor = (status: MeasureStatus): MantineColor => MEASURE_COLORS[status];

const DEADLINE_LOOK: Record<DeadlineState, { color: MantineColor; Icon: typeof IconClock }> = {
  offen: { color: 'gray', Icon: IconClock },
  bald: { color: 'orange', Icon: IconClock },
  heute: { color: 'orange', Icon: IconAlertTriangle },
  ueberschritten: { color: 'red', Icon: IconAlertTriangle },
  eingehalten: { color: 'green', Icon: IconCheck },
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={MEETING_COLORS[status]}>
      {t(`status.meeting.${status}`)}
    </Badge>
  );
}

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={TASK_COLORS[status]}>
      {t(`status.task.${status}`)}
    </Badge>
  );
}

export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={MEASURE_COLORS[status]}>
      {t(`status.measure.${status}`)}
    </Badge>
  );
}

/** The state of an invitation deadline in words and with an icon, never by colour alone. */
export function DeadlineBadge({ state }: { state: DeadlineState }) {
  const { t } = useTranslation();
  const { color, Icon } = DEADLINE_LOOK[state];
  return (
    <Badge variant="light" color={color} leftSection={<Icon size="0.875rem" aria-hidden />}>
      {t(`status.deadline.${state}`)}
    </Badge>
  );
}
