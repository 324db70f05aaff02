import type { z } from 'zod';
import { OrganisationInput, type Organisation } from '../schemas';
import type { CsvRow } from './csv-parse';
import type { ColumnMapping, OrganisationField } from './import-fields';
import {
  DuplicateFinder,
  pickGiven,
  previewRows,
  rowIssue,
  rowValues,
  schemaIssues,
  type DuplicateKey,
  type ImportIssue,
  type PreviewRow,
  type RowCheck,
} from './import-preview';
import { normalizeForSearch } from './search';

type OrganisationOutput = z.output<typeof OrganisationInput>;
/** The fields a row fills (the name always). */
export type OrganisationValues = Partial<OrganisationOutput> & Pick<OrganisationOutput, 'name'>;

export interface OrganisationImportPreview {
  target: 'organisations';
  rows: PreviewRow<OrganisationValues>[];
}

/** The type of imported organisations whose row names none. */
export const DEFAULT_ORGANISATION_TYPE = 'Sonstige';

interface OrganisationContext {
  organisations: readonly Organisation[];
  /** Built-in and user-defined organisation types. */
  organisationTypes: readonly string[];
}

const duplicateKeys = (name: string | undefined): DuplicateKey[] => [
  { reason: 'gleicher Name', value: name === undefined ? undefined : normalizeForSearch(name) },
];

function checkOrganisationRow(
  row: CsvRow,
  mapping: ColumnMapping,
  context: OrganisationContext,
): RowCheck<OrganisationValues> {
  const values = rowValues(row, mapping) as Partial<Record<OrganisationField, string>>;
  const issues: ImportIssue[] = row.problem ? [rowIssue(row.problem)] : [];

  const typeText = values.type;
  const type =
    typeText && context.organisationTypes.find((known) => normalizeForSearch(known) === normalizeForSearch(typeText));
  if (typeText !== undefined && !type) {
    issues.push({
      field: 'type',
      label: 'Art',
      message: `Die Art „${typeText}“ ist nicht bekannt. Bitte eine Art aus der Liste verwenden (z. B. Grundschule, Berufskolleg, Verein) oder sie vorher in den Einstellungen anlegen.`,
    });
  }

  const given = { ...values, name: values.name ?? '', ...(type ? { type } : {}) };
  const parsed = OrganisationInput.safeParse({ type: DEFAULT_ORGANISATION_TYPE, ...given });
  if (!parsed.success) issues.push(...schemaIssues(parsed.error, 'organisations', (key) => key as OrganisationField));
  if (issues.length > 0 || !parsed.success) return { issues };
  return { issues, record: pickGiven(parsed.data, given) as OrganisationValues };
}

/**
 * Checks every row against the organisation schema and the known types, and finds duplicates
 * (same name) among the stored organisations and the earlier rows of the file. A row without a
 * type is created as "Sonstige".
 */
export function validateOrganisationImport(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  context: OrganisationContext,
): OrganisationImportPreview {
  const duplicates = new DuplicateFinder();
  for (const organisation of context.organisations) {
    if (!organisation.deletedAt) duplicates.addStored(organisation.id, duplicateKeys(organisation.name));
  }
  return {
    target: 'organisations',
    rows: previewRows(
      rows,
      (row) => checkOrganisationRow(row, mapping, context),
      (record) => duplicateKeys(record.name),
      duplicates,
    ),
  };
}
