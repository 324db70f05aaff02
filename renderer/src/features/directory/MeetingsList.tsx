import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/domain/dates';
import type { Meeting } from '../../../../shared/schemas';
import { MeetingLink } from '../../ui/MeetingLink';
import { MeetingStatusBadge } from '../../ui/StatusBadges';
import { TablePagination } from '../../ui/TablePagination';
import { usePaged } from '../../ui/use-paged';

const PAGE_SIZE = 10;

/** A body's meetings with date, theme and status. */
export function MeetingsList({
  meetings,
  bodyCode,
  label,
}: {
  meetings: readonly Meeting[];
  bodyCode: string;
  label: string;
}) {
  const { t } = useTranslation();
  const paged = usePaged(meetings, PAGE_SIZE);
  return (
    <>
      <Table.ScrollContainer minWidth="36rem">
        <Table striped verticalSpacing="xs" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.meeting')}</Table.Th>
              <Table.Th>{t('directory.date')}</Table.Th>
              <Table.Th>{t('directory.theme')}</Table.Th>
              <Table.Th>{t('directory.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.visible.map((meeting) => (
              <Table.Tr key={meeting.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <MeetingLink meeting={meeting} body={bodyCode} />
                </Table.Td>
                <Table.Td>{formatDate(meeting.date)}</Table.Td>
                <Table.Td>{meeting.theme ?? t('common.notSet')}</Table.Td>
                <Table.Td>
                  <MeetingStatusBadge status={meeting.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {paged.total > 1 && (
        <TablePagination page={paged.page} total={paged.total} count={meetings.length} onChange={paged.setPage} />
      )}
    </>
  );
}
