import type { z } from 'zod';
import type { CsvRow } from './csv-parse';
import { unprotectCell } from './csv-write';
import { fieldLabel, type ColumnMapping, type ImportField, type ImportTarget } from './import-fields';

export type RowStatus = 'neu' | 'ungültig' | 'duplikat';
export type DuplicateReason = 'gleiche E-Mail' | 'gleicher Name und Organisation' | 'gleicher Name';

/** A duplicate of a record already stored (`bestand`) or of an earlier row of the same file (`datei`). */
export type DuplicateOf =
  { in: 'bestand'; id: string; reason: DuplicateReason } | { in: 'datei'; rowNumber: number; reason: DuplicateReason };

export interface ImportIssue {
  /** The field (or `zeile` for the row as a whole), for highlighting. */
  field: ImportField | 'zeile';
  /** German field name as shown in the mapping step. */
  label: string;
  message: string;
}

export interface PreviewRow<R> {
  /** As in the file: the header is row 1. */
  rowNumber: number;
  status: RowStatus;
  /** The validated values of the fields the row fills (absent for invalid rows). */
  record?: R;
  issues: ImportIssue[];
  duplicateOf?: DuplicateOf;
}

/** The row's non-empty cells by field, trimmed, with export formula protection removed. */
export function rowValues(row: CsvRow, mapping: ColumnMapping): Partial<Record<ImportField, string>> {
  const values: Partial<Record<ImportField, string>> = {};
  mapping.forEach((field, column) => {
    const cell = unprotectCell((row.cells[column] ?? '').trim());
    if (field !== null && cell !== '' && values[field] === undefined) values[field] = cell;
  });
  return values;
}

export const rowIssue = (message: string): ImportIssue => ({ field: 'zeile', label: 'Zeile', message });

/** Zod issues of a record schema as row issues; `fieldOf` maps a schema key to the CSV field. */
export function schemaIssues(
  error: z.ZodError,
  target: ImportTarget,
  fieldOf: (key: string) => ImportField,
): ImportIssue[] {
  return error.issues.map((issue) => {
    const field = fieldOf(String(issue.path[0]));
    return { field, label: fieldLabel(target, field), message: issue.message };
  });
}

/** Keeps only the keys the row gave a value, so a merge never overwrites with defaults. */
export function pickGiven<T extends object>(parsed: T, given: object): Partial<T> {
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => key in given)) as Partial<T>;
}

/** A value two records must not share, and the reason reported when they do. */
export interface DuplicateKey {
  reason: DuplicateReason;
  /** Normalised value; undefined when the record has none (never a duplicate then). */
  value: string | undefined;
}

const mapKey = ({ reason, value }: DuplicateKey) => `${reason}\u0000${value}`;

/**
 * Remembers the keys of stored records and of rows already seen, and reports a row's first
 * duplicate: a stored record before an earlier row (only stored ones can be merged into).
 */
export class DuplicateFinder {
  private readonly stored = new Map<string, string>();
  private readonly inFile = new Map<string, number>();

  addStored(id: string, keys: readonly DuplicateKey[]): void {
    for (const key of keys)
      if (key.value !== undefined && !this.stored.has(mapKey(key))) this.stored.set(mapKey(key), id);
  }

  addRow(rowNumber: number, keys: readonly DuplicateKey[]): void {
    for (const key of keys)
      if (key.value !== undefined && !this.inFile.has(mapKey(key))) this.inFile.set(mapKey(key), rowNumber);
  }

  find(keys: readonly DuplicateKey[]): DuplicateOf | undefined {
    const present = keys.filter((key) => key.value !== undefined);
    for (const key of present) {
      const id = this.stored.get(mapKey(key));
      if (id !== undefined) return { in: 'bestand', id, reason: key.reason };
    }
    for (const key of present) {
      const rowNumber = this.inFile.get(mapKey(key));
      if (rowNumber !== undefined) return { in: 'datei', rowNumber, reason: key.reason };
    }
    return undefined;
  }
}

export interface RowCheck<R> {
  issues: ImportIssue[];
  record?: R;
}

/** Validates each row and marks the valid ones that repeat a stored record or an earlier row. */
export function previewRows<R>(
  rows: readonly CsvRow[],
  check: (row: CsvRow) => RowCheck<R>,
  keysOf: (record: R) => DuplicateKey[],
  duplicates: DuplicateFinder,
): PreviewRow<R>[] {
  return rows.map((row): PreviewRow<R> => {
    const { rowNumber } = row;
    const { issues, record } = check(row);
    if (issues.length > 0 || record === undefined) return { rowNumber, status: 'ungültig', issues };
    const keys = keysOf(record);
    const duplicateOf = duplicates.find(keys);
    duplicates.addRow(rowNumber, keys);
    return duplicateOf
      ? { rowNumber, status: 'duplikat', record, issues, duplicateOf }
      : { rowNumber, status: 'neu', record, issues };
  });
}

export function summarizePreview(rows: readonly PreviewRow<unknown>[]): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = { neu: 0, ungültig: 0, duplikat: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
