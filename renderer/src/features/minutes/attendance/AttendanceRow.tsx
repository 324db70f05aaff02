import { Autocomplete, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../../shared/schemas';
import { participantRepo } from '../../../db/repos';
import { useAutosavedRecord } from '../autosave/use-autosaved-record';
import type { PersonChoice } from '../session/session-choices';
import {
  GUEST_STATUSES,
  MEMBER_STATUSES,
  attendanceChanges,
  attendanceValues,
  type AttendanceValues,
} from './attendance-values';

const TIMES = [
  { field: 'arrivedAt', label: 'minutes.attendance.arrivedOf' },
  { field: 'leftAt', label: 'minutes.attendance.leftOf' },
] as const;

interface AttendanceRowProps {
  participant: Participant;
  people: readonly PersonChoice[];
  names: readonly string[];
  readOnly: boolean;
}

/** One person's attendance: status, who represents them, when they came and left. Saved at once. */
export function AttendanceRow({ participant: p, people, names, readOnly }: AttendanceRowProps) {
  const { t } = useTranslation();
  const { values, change, errorOf } = useAutosavedRecord({
    record: p,
    valuesOf: attendanceValues,
    save: (v: AttendanceValues, id) => participantRepo.update(id ?? p.id, attendanceChanges(v, people)),
  });
  const statuses = p.isGuest ? GUEST_STATUSES : MEMBER_STATUSES;
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} size="sm">
          {p.displayName}
        </Text>
        <Text size="xs" c="dimmed">
          {[p.organisationName, p.roleLabel].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={6}>
          <SegmentedControl
            aria-label={t('minutes.attendance.statusOf', { name: p.displayName })}
            size="xs"
            color="petrol"
            readOnly={readOnly}
            value={values.attendance}
            onChange={(attendance) =>
              change({ attendance: attendance as AttendanceValues['attendance'] }, { now: true })
            }
            data={statuses.map((s) => ({ value: s, label: t(`minutes.attendance.statuses.${s}`) }))}
          />
          {values.attendance === 'vertreten' && (
            <Autocomplete
              size="xs"
              label={t('minutes.attendance.substitute')}
              aria-label={t('minutes.attendance.substituteOf', { name: p.displayName })}
              data={[...names]}
              limit={8}
              readOnly={readOnly}
              value={values.substitute}
              error={errorOf('substituteName', ['substitute'])}
              onChange={(substitute) => change({ substitute })}
            />
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          {TIMES.map(({ field, label }) => (
            <TimeInput
              key={field}
              size="xs"
              w="7rem"
              aria-label={t(label, { name: p.displayName })}
              readOnly={readOnly}
              value={values[field]}
              error={errorOf(field)}
              onChange={(event) => change({ [field]: event.currentTarget.value })}
            />
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
