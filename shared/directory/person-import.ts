import type { z } from 'zod';
import { OrganisationInput, PersonInput, type Organisation, type Person, type Salutation } from '../schemas';
import type { CsvRow } from './csv-parse';
import type { ColumnMapping, PersonField } from './import-fields';
import {
  DuplicateFinder,
  pickGiven,
  previewRows,
  rowIssue,
  rowValues,
  schemaIssues,
  type DuplicateKey,
  type ImportIssue,
  type RowCheck,
  type PreviewRow,
} from './import-preview';
import { normalizeForSearch, sameForSearch } from './search';

type PersonOutput = z.output<typeof PersonInput>;
/** The fields a row fills (the last name always). */
export type PersonValues = Partial<PersonOutput> & Pick<PersonOutput, 'lastName'>;

export interface PersonImportRecord {
  /** The person's fields the row fills; `organisationId` when the organisation already exists. */
  person: PersonValues;
  /** An organisation named in the row that is not yet stored: created on import (type "Sonstige"). */
  newOrganisationName?: string;
}

export interface PersonImportPreview {
  target: 'persons';
  rows: PreviewRow<PersonImportRecord>[];
}

export const SALUTATION_LABELS: Readonly<Record<Salutation, string>> = { frau: 'Frau', herr: 'Herr', keine: '' };

const SALUTATION_WORDS: Readonly<Record<string, Salutation>> = {
  frau: 'frau',
  fr: 'frau',
  ms: 'frau',
  mrs: 'frau',
  herr: 'herr',
  hr: 'herr',
  mr: 'herr',
};
const TITLE_START = /^(dr|prof|dipl)/;

/** "Herr", "Frau Dr.", "Mr." or just "Dr." (Outlook puts titles in the salutation column). */
function parseSalutation(text: string): { salutation?: Salutation; title?: string } | undefined {
  const [first = '', ...rest] = text.split(/\s+/);
  const word = normalizeForSearch(first).replace(/\.$/, '');
  const salutation = SALUTATION_WORDS[word];
  if (salutation) return { salutation, ...(rest.length > 0 ? { title: rest.join(' ') } : {}) };
  return TITLE_START.test(word) ? { title: text } : undefined;
}

/** The stored organisation a row names (by name or short name). */
const findOrganisation = (organisations: readonly Organisation[], name: string) =>
  organisations.find((o) => sameForSearch(o.name, name) || sameForSearch(o.shortName, name));

const fieldOfPersonKey = (key: string): PersonField =>
  key === 'organisationId' ? 'organisation' : (key as PersonField);

interface PersonContext {
  persons: readonly Person[];
  organisations: readonly Organisation[];
}

const nameKey = (p: Partial<PersonOutput>) => normalizeForSearch(`${p.firstName ?? ''} ${p.lastName ?? ''}`.trim());

function duplicateKeys(person: Partial<PersonOutput>, organisationKey: string): DuplicateKey[] {
  return [
    { reason: 'gleiche E-Mail', value: person.email?.toLowerCase() },
    { reason: 'gleicher Name und Organisation', value: `${nameKey(person)}|${organisationKey}` },
  ];
}

const organisationKey = (record: PersonImportRecord) =>
  record.person.organisationId ??
  (record.newOrganisationName ? `neu:${normalizeForSearch(record.newOrganisationName)}` : '');

function checkPersonRow(row: CsvRow, mapping: ColumnMapping, context: PersonContext): RowCheck<PersonImportRecord> {
  const values = rowValues(row, mapping) as Partial<Record<PersonField, string>>;
  const issues: ImportIssue[] = row.problem ? [rowIssue(row.problem)] : [];

  const salutation = values.salutation === undefined ? {} : parseSalutation(values.salutation);
  if (salutation === undefined) {
    issues.push({ field: 'salutation', label: 'Anrede', message: 'Bitte „Frau“, „Herr“ oder nichts angeben.' });
  }

  let newOrganisationName: string | undefined;
  let organisationId: string | undefined;
  if (values.organisation !== undefined) {
    organisationId = findOrganisation(context.organisations, values.organisation)?.id;
    if (organisationId === undefined) {
      const name = OrganisationInput.shape.name.safeParse(values.organisation);
      if (name.success) newOrganisationName = name.data;
      else issues.push({ field: 'organisation', label: 'Organisation', message: name.error.issues[0]!.message });
    }
  }

  const input = Object.fromEntries(
    Object.entries({
      salutation: salutation?.salutation,
      title: values.title ?? salutation?.title,
      firstName: values.firstName,
      // '' rather than undefined, for the schema's "Bitte den Nachnamen angeben."
      lastName: values.lastName ?? '',
      function: values.function,
      organisationId,
      email: values.email,
      phone: values.phone,
      notes: values.notes,
    }).filter(([, value]) => value !== undefined),
  );
  const parsed = PersonInput.safeParse(input);
  if (!parsed.success) issues.push(...schemaIssues(parsed.error, 'persons', fieldOfPersonKey));
  if (issues.length > 0 || !parsed.success) return { issues };
  return {
    issues,
    record: {
      person: pickGiven(parsed.data, input) as PersonValues,
      ...(newOrganisationName ? { newOrganisationName } : {}),
    },
  };
}

/**
 * Checks every row against the person schema and finds duplicates (same e-mail, or same name and
 * organisation) among the stored persons and the earlier rows of the file.
 */
export function validatePersonImport(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  context: PersonContext,
): PersonImportPreview {
  const duplicates = new DuplicateFinder();
  for (const person of context.persons) {
    if (!person.deletedAt && !person.anonymisedAt)
      duplicates.addStored(person.id, duplicateKeys(person, person.organisationId ?? ''));
  }
  return {
    target: 'persons',
    rows: previewRows(
      rows,
      (row) => checkPersonRow(row, mapping, context),
      (record) => duplicateKeys(record.person, organisationKey(record)),
      duplicates,
    ),
  };
}
