import { organisationCsvColumns, personCsvColumns } from '../../../../../shared/directory/csv-columns';
import { toExcelCsv } from '../../../../../shared/directory/csv-write';
import {
  changedFields,
  planImport,
  type ImportDecision,
  type ImportPlan,
} from '../../../../../shared/directory/import-plan';
import {
  DEFAULT_ORGANISATION_TYPE,
  type OrganisationImportPreview,
} from '../../../../../shared/directory/organisation-import';
import type { PreviewRow } from '../../../../../shared/directory/import-preview';
import { comparePersons } from '../../../../../shared/directory/person-name';
import type { PersonImportPreview, PersonImportRecord } from '../../../../../shared/directory/person-import';
import { sameForSearch } from '../../../../../shared/directory/search';
import type { ImportContext } from '../../../../../shared/directory/validate-import';
import { OrganisationInput, PersonInput, type Organisation, type Person } from '../../../../../shared/schemas';
import type { Table } from 'dexie';
import { db } from '../../database';
import { ValidationError } from '../../errors';
import { insertRecord, patchRecord } from '../../record';
import { organisationRepo, organisationTypes } from './organisation.repo';

export interface ImportCounts {
  created: number;
  merged: number;
  skipped: number;
  invalid: number;
  /** Organisations created because person rows named them. */
  organisationsCreated: number;
}

/** The stored directory an import preview is checked against. */
export async function importContext(): Promise<ImportContext> {
  const [persons, organisations, types] = await Promise.all([
    db.persons.toArray(),
    db.organisations.toArray(),
    organisationTypes(),
  ]);
  return { persons, organisations: organisations.filter((o) => !o.deletedAt), organisationTypes: types };
}

/** Persons (anonymised ones left out) as a CSV file for German Excel. */
export async function exportPersonsCsv(): Promise<string> {
  const persons = (await db.persons.toArray()).filter((p) => !p.deletedAt && !p.anonymisedAt).sort(comparePersons);
  const organisations = new Map((await db.organisations.toArray()).map((o) => [o.id, o.name]));
  return toExcelCsv(
    persons,
    personCsvColumns((id) => organisations.get(id)),
  );
}

export async function exportOrganisationsCsv(): Promise<string> {
  return toExcelCsv(await organisationRepo.sorted(), organisationCsvColumns());
}

function checkedPlan<R>(rows: readonly PreviewRow<R>[], decisions: ReadonlyMap<number, ImportDecision>): ImportPlan<R> {
  const plan = planImport(rows, decisions);
  if (plan.problems.length > 0)
    throw new ValidationError(plan.problems.map((message) => ({ path: 'decisions', message })));
  return plan;
}

/** The stored record a row is merged into; refuses when it was deleted after the preview. */
async function mergeTarget<R extends { deletedAt?: string }>(
  table: Table<R, string>,
  id: string,
  rowNumber: number,
): Promise<R> {
  const stored = await table.get(id);
  if (!stored || stored.deletedAt) {
    throw ValidationError.single(
      'decisions',
      `Zeile ${rowNumber}: Der Eintrag, mit dem zusammengeführt werden sollte, wurde inzwischen gelöscht. Bitte die Vorschau neu erstellen.`,
    );
  }
  return stored;
}

const counts = (plan: ImportPlan<unknown>, organisationsCreated = 0): ImportCounts => ({
  created: plan.create.length,
  merged: plan.merge.length,
  skipped: plan.skipped,
  invalid: plan.invalid,
  organisationsCreated,
});

/**
 * Saves the valid rows of a person import in one transaction: new rows (and duplicates the user
 * chose to import) are added, merged rows update the stored person's fields the row fills.
 * Organisations the rows name but the directory lacks are created (type "Sonstige"). On any
 * error nothing is saved.
 */
export async function importPersons(
  preview: PersonImportPreview,
  decisions: ReadonlyMap<number, ImportDecision>,
): Promise<ImportCounts> {
  const plan = checkedPlan(preview.rows, decisions);
  return db.transaction('rw', [db.persons, db.organisations], async () => {
    const organisations = (await db.organisations.toArray()).filter((o) => !o.deletedAt);
    let organisationsCreated = 0;
    const organisationIdFor = async (record: PersonImportRecord): Promise<string | undefined> => {
      const name = record.newOrganisationName;
      if (name === undefined) return record.person.organisationId;
      const known = organisations.find((o) => sameForSearch(o.name, name));
      if (known) return known.id;
      const created = await insertRecord<typeof OrganisationInput, Organisation>(db.organisations, OrganisationInput, {
        name,
        type: DEFAULT_ORGANISATION_TYPE,
      });
      organisations.push(created);
      organisationsCreated += 1;
      return created.id;
    };

    for (const { record } of plan.create) {
      await insertRecord(db.persons, PersonInput, {
        ...record.person,
        organisationId: await organisationIdFor(record),
      });
    }
    for (const { id, rowNumber, record } of plan.merge) {
      const stored = await mergeTarget(db.persons, id, rowNumber);
      const values = { ...record.person, organisationId: await organisationIdFor(record) };
      await patchRecord(db.persons, PersonInput, id, changedFields<Person>(stored, values), 'Die Person');
    }
    return counts(plan, organisationsCreated);
  });
}

/** Saves the valid rows of an organisation import in one transaction; on any error nothing is saved. */
export async function importOrganisations(
  preview: OrganisationImportPreview,
  decisions: ReadonlyMap<number, ImportDecision>,
): Promise<ImportCounts> {
  const plan = checkedPlan(preview.rows, decisions);
  return db.transaction('rw', [db.organisations], async () => {
    for (const { record } of plan.create) {
      await insertRecord(db.organisations, OrganisationInput, { type: DEFAULT_ORGANISATION_TYPE, ...record });
    }
    for (const { id, rowNumber, record } of plan.merge) {
      const stored = await mergeTarget(db.organisations, id, rowNumber);
      await patchRecord(
        db.organisations,
        OrganisationInput,
        id,
        changedFields<Organisation>(stored, record),
        'Die Organisation',
      );
    }
    return counts(plan);
  });
}
