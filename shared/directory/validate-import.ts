import type { Organisation, Person } from '../schemas';
import type { CsvRow } from './csv-parse';
import type { ColumnMapping, ImportTarget } from './import-fields';
import { validateOrganisationImport, type OrganisationImportPreview } from './organisation-import';
import { validatePersonImport, type PersonImportPreview } from './person-import';

/** What is stored already: for resolving organisation names, types and duplicates. */
export interface ImportContext {
  persons: readonly Person[];
  organisations: readonly Organisation[];
  /** Built-in and user-defined organisation types. */
  organisationTypes: readonly string[];
}

export type ImportPreview = PersonImportPreview | OrganisationImportPreview;

/** The preview of an import: every row as 'neu', 'ungültig' (with issues) or 'duplikat'. Saves nothing. */
export function validateImport(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  target: 'persons',
  existing: ImportContext,
): PersonImportPreview;
export function validateImport(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  target: 'organisations',
  existing: ImportContext,
): OrganisationImportPreview;
export function validateImport(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  target: ImportTarget,
  existing: ImportContext,
): ImportPreview;
export function validateImport(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  target: ImportTarget,
  existing: ImportContext,
): ImportPreview {
  return target === 'persons'
    ? validatePersonImport(rows, mapping, existing)
    : validateOrganisationImport(rows, mapping, existing);
}
