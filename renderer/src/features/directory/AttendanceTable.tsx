import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonParticipation } from '../../../../shared/directory/person-data-export';
import { formatDate } from '../../../../shared/domain/dates';
import { MeetingLink } from '../../ui/MeetingLink';
import { TablePagination } from '../../ui/TablePagination';
import { usePaged } from '../../ui/use-paged';

const PAGE_SIZE = 15;

/** The meetings a person was invited to or came to, latest first, with reply and attendance. */
export function AttendanceTable({ rows, label }: { rows: readonly PersonParticipation[]; label: string }) {
  const { t } = useTranslation();
  const paged = usePaged(rows, PAGE_SIZE);
  return (
    <>
      <Table.ScrollContainer minWidth="44rem">
        <Table striped verticalSpacing="xs" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.meeting')}</Table.Th>
              <Table.Th>{t('directory.date')}</Table.Th>
              <Table.Th>{t('directory.reply')}</Table.Th>
              <Table.Th>{t('directory.attendance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.visible.map(({ participant, meeting, body, asSubstitute }) => (
              <Table.Tr key={participant.id}>
                <Table.Td>
                  {meeting ? <MeetingLink meeting={meeting} body={body?.code ?? ''} /> : t('common.notSet')}
                </Table.Td>
                <Table.Td>{meeting ? formatDate(meeting.date) : t('common.notSet')}</Table.Td>
                <Table.Td>
                  {asSubstitute
                    ? t('directory.substituteFor', { name: participant.displayName })
                    : t(`directory.replies.${participant.reply}`)}
                </Table.Td>
                <Table.Td>{t(`directory.attendanceStates.${participant.attendance}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePagination page={paged.page} total={paged.total} count={rows.length} onChange={paged.setPage} />
    </>
  );
}
