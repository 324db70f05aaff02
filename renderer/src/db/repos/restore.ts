import type { Table } from 'dexie';
import { nowIso } from '../record';

/** Takes back soft deletes ("Rückgängig"): the records count again, as they were. */
export async function restoreRecords(table: Table, ids: readonly string[]): Promise<void> {
  const updatedAt = nowIso();
  for (const id of ids) await table.update(id, { deletedAt: undefined, updatedAt });
}
