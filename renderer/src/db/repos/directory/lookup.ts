import type { Table } from 'dexie';

/** The records with the given keys (missing keys and duplicates ignored), by key. */
export async function recordsById<R extends { id: string }>(
  table: Table<R, string>,
  ids: Iterable<string | undefined>,
): Promise<Map<string, R>> {
  const keys = [...new Set([...ids].filter((id): id is string => id !== undefined))];
  const records = await table.bulkGet(keys);
  return new Map(records.filter((r): r is R => r !== undefined).map((r) => [r.id, r]));
}
