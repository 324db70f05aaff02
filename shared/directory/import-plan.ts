import type { PreviewRow } from './import-preview';
import { sameForSearch } from './search';

/** The user's choice for a row: leave it out, fill/update the stored duplicate, or add it anyway. */
export type ImportDecision = 'skip' | 'merge' | 'import';

export interface ImportPlan<R> {
  create: { rowNumber: number; record: R }[];
  merge: { rowNumber: number; id: string; record: R }[];
  skipped: number;
  invalid: number;
  /** German messages for decisions that cannot be carried out; nothing is imported while any exist. */
  problems: string[];
}

/**
 * What an import will do. Without a decision, new rows are imported and duplicates skipped;
 * invalid rows are never imported.
 */
export function planImport<R>(
  rows: readonly PreviewRow<R>[],
  decisions: ReadonlyMap<number, ImportDecision>,
): ImportPlan<R> {
  const plan: ImportPlan<R> = { create: [], merge: [], skipped: 0, invalid: 0, problems: [] };
  for (const row of rows) {
    const { rowNumber, record } = row;
    if (row.status === 'ungültig' || record === undefined) {
      plan.invalid += 1;
      continue;
    }
    const decision = decisions.get(rowNumber) ?? (row.status === 'neu' ? 'import' : 'skip');
    if (decision === 'skip') plan.skipped += 1;
    else if (decision === 'import') plan.create.push({ rowNumber, record });
    else if (row.duplicateOf?.in === 'bestand') plan.merge.push({ rowNumber, id: row.duplicateOf.id, record });
    else
      plan.problems.push(
        `Zeile ${rowNumber}: Zusammenführen geht nur mit einem schon gespeicherten Eintrag. Bitte „Überspringen“ oder „Trotzdem importieren“ wählen.`,
      );
  }
  return plan;
}

const sameValue = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'string' && typeof b === 'string' && sameForSearch(a, b));

/**
 * The values that differ from the stored record: what a merge writes. A spelling variant of the
 * stored text ("muller" for "Müller", other capitals) is not a change.
 */
export function changedFields<R extends object>(stored: R, values: Partial<R>): Partial<R> {
  return Object.fromEntries(
    Object.entries(values).filter(([key, value]) => value !== undefined && !sameValue(stored[key as keyof R], value)),
  ) as Partial<R>;
}
