import { v7 as uuidv7 } from 'uuid';
import type { Table } from 'dexie';
import type { z } from 'zod';
import type { RecordMeta } from '../../../shared/schemas';
import { NotFoundError, ValidationError } from './errors';

export const newId = (): string => uuidv7();
export const nowIso = (): string => new Date().toISOString();

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}

export function newRecordMeta(): RecordMeta {
  const now = nowIso();
  return { id: newId(), createdAt: now, updatedAt: now };
}

/** Validates input with its schema and adds a new record with a fresh key and timestamps. */
export async function insertRecord<S extends z.ZodType, R extends RecordMeta>(
  table: Table<R, string>,
  schema: S,
  input: z.input<S>,
): Promise<R> {
  const record = { ...newRecordMeta(), ...(parseOrThrow(schema, input) as object) } as R;
  await table.add(record);
  return record;
}

/**
 * Validates every input first, then adds all records in one bulk write: one invalid input saves
 * nothing, and its error paths start with the input's index ("12.lastName").
 */
export async function insertRecords<S extends z.ZodType, R extends RecordMeta>(
  table: Table<R, string>,
  schema: S,
  inputs: readonly z.input<S>[],
): Promise<R[]> {
  const records = inputs.map((input, index) => {
    const result = schema.safeParse(input);
    if (!result.success) {
      const issues = ValidationError.fromZod(result.error).issues;
      throw new ValidationError(issues.map((i) => ({ ...i, path: i.path ? `${index}.${i.path}` : String(index) })));
    }
    return { ...newRecordMeta(), ...(result.data as object) } as R;
  });
  await table.bulkAdd(records);
  return records;
}

/**
 * Validates the record as it would be after the change, then writes only the changed fields
 * (cheap to sync later). Pass `undefined` to clear an optional field.
 */
export async function patchRecord<S extends z.ZodType, R extends RecordMeta>(
  table: Table<R, string>,
  schema: S,
  id: string,
  changes: Partial<z.input<S>>,
  what: string,
): Promise<R> {
  const current = await table.get(id);
  if (!current) throw new NotFoundError(what);
  const merged = parseOrThrow(schema, { ...current, ...changes }) as Record<string, unknown>;
  const written: Record<string, unknown> = { updatedAt: nowIso() };
  for (const key of Object.keys(changes)) written[key] = merged[key];
  await table.update(id, written as never);
  return { ...current, ...written } as R;
}

/** Official records are marked deleted, never removed, so old minutes keep their references. */
export async function softDeleteRecord<R extends RecordMeta & { deletedAt?: string }>(
  table: Table<R, string>,
  id: string,
): Promise<void> {
  const now = nowIso();
  await table.update(id, { deletedAt: now, updatedAt: now } as never);
}

export const notDeleted = <R extends { deletedAt?: string }>(record: R): boolean => record.deletedAt === undefined;
