import type { Meeting } from '../../../../shared/schemas';
import { TablePagination } from '../../ui/TablePagination';
import { usePaged } from '../../ui/use-paged';
import { MeetingsTable } from '../meetings/MeetingsTable';

const PAGE_SIZE = 10;

/** A body's meetings, ten at a time. */
export function MeetingsList({ meetings }: { meetings: readonly Meeting[] }) {
  const paged = usePaged(meetings, PAGE_SIZE);
  return (
    <>
      <MeetingsTable meetings={paged.visible} />
      {paged.total > 1 && (
        <TablePagination page={paged.page} total={paged.total} count={meetings.length} onChange={paged.setPage} />
      )}
    </>
  );
}
