import type { Table } from 'dexie';
import type { z } from 'zod';
import { checkMinutesEditable } from '../../../../shared/domain/status-cycle';
import type { RecordMeta } from '../../../../shared/schemas';
import { crud } from '../crud';
import { db } from '../database';
import { LockedError } from '../errors';
import { nowIso } from '../record';

type MeetingRecord = RecordMeta & { deletedAt?: string; meetingId?: string };

const isId = (id: unknown): id is string => typeof id === 'string';

/**
 * Runs one write to the content of meetings' minutes (notes, results, tasks, attendance, the
 * meeting's times) in a transaction with their minutes. Approved minutes refuse it with the German
 * LOCKED_MESSAGE — whichever path the write comes from: form, import or a direct repository call.
 * Minutes not yet approved count their revision up, so an approval sealed from older content
 * notices the change. Meetings without minutes are written freely.
 */
export async function writeMinutesContent<T>(
  meetingIds: readonly unknown[],
  tables: readonly Table[],
  write: () => Promise<T>,
): Promise<T> {
  const ids = [...new Set(meetingIds.filter(isId))];
  return db.transaction('rw', [db.minutes, ...tables], async () => {
    const minutes = ids.length > 0 ? await db.minutes.where('meetingId').anyOf(ids).toArray() : [];
    for (const m of minutes) {
      const check = checkMinutesEditable(m);
      if (!check.ok) throw new LockedError(check.message);
    }
    const result = await write();
    const updatedAt = nowIso();
    for (const m of minutes) await db.minutes.update(m.id, { revision: m.revision + 1, updatedAt });
    return result;
  });
}

/**
 * The shared create/read/update/soft-delete of a table whose records belong to a meeting's
 * minutes: every write goes through writeMinutesContent. `followUpFields` may still change after
 * approval (a task's progress, a resolution's implementation): they are not part of the minutes.
 */
export function minutesContentCrud<R extends MeetingRecord, S extends z.ZodType>(
  table: () => Table<R, string>,
  inputSchema: S,
  what: string,
  followUpFields: readonly string[] = [],
) {
  const base = crud<R, S>(table, inputSchema, what);
  const meetingOf = (input: unknown) => (input as { meetingId?: string }).meetingId;
  const isFollowUp = (changes: object) => Object.keys(changes).every((key) => followUpFields.includes(key));
  return {
    ...base,
    create: (input: z.input<S>): Promise<R> =>
      writeMinutesContent([meetingOf(input)], [table()], () => base.create(input)),
    /** Many new records in one write (imports, generated data sets): refused as a whole for approved minutes. */
    bulkCreate: (inputs: readonly z.input<S>[]): Promise<R[]> =>
      writeMinutesContent(inputs.map(meetingOf), [table()], () => base.bulkCreate(inputs)),
    update: (id: string, changes: Partial<z.input<S>>): Promise<R> =>
      db.transaction('rw', [table(), db.minutes], async () => {
        const current = await base.require(id);
        if (isFollowUp(changes)) return base.update(id, changes);
        return writeMinutesContent([current.meetingId, meetingOf(changes)], [table()], () => base.update(id, changes));
      }),
    remove: (id: string): Promise<void> =>
      db.transaction('rw', [table(), db.minutes], async () => {
        const current = await base.require(id);
        await writeMinutesContent([current.meetingId], [table()], () => base.remove(id));
      }),
  };
}
