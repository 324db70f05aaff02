import type { Table } from 'dexie';
import type { z } from 'zod';
import type { RecordMeta } from '../../../shared/schemas';
import { NotFoundError } from './errors';
import { insertRecord, insertRecords, patchRecord, softDeleteRecord } from './record';

/**
 * The plain create/read/update/soft-delete every entity repository shares. Entity repositories
 * spread it and add their own queries and domain rules.
 */
export function crud<R extends RecordMeta & { deletedAt?: string }, S extends z.ZodType>(
  table: () => Table<R, string>,
  inputSchema: S,
  what: string,
) {
  return {
    async get(id: string): Promise<R | undefined> {
      const record = await table().get(id);
      return record?.deletedAt ? undefined : record;
    },
    async require(id: string): Promise<R> {
      const record = await table().get(id);
      if (!record || record.deletedAt) throw new NotFoundError(what);
      return record;
    },
    async all(): Promise<R[]> {
      return (await table().toArray()).filter((r) => !r.deletedAt);
    },
    create: (input: z.input<S>): Promise<R> => insertRecord(table(), inputSchema, input),
    /** Many new records in one write (imports, generated data sets); all are validated first. */
    bulkCreate: (inputs: readonly z.input<S>[]): Promise<R[]> => insertRecords(table(), inputSchema, inputs),
    update: (id: string, changes: Partial<z.input<S>>): Promise<R> =>
      patchRecord(table(), inputSchema, id, changes, what),
    remove: (id: string): Promise<void> => softDeleteRecord(table(), id),
  };
}
