import { beforeEach, describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../../../shared/directory/csv-decode';
import { parseCsv } from '../../../../../shared/directory/csv-parse';
import { excelLines, mutate, seededRandom, utf8WithBom } from '../../../../../shared/directory/csv-test-files';
import { mappingProblems, suggestMapping } from '../../../../../shared/directory/import-fields';
import { planImport } from '../../../../../shared/directory/import-plan';
import { validateImport } from '../../../../../shared/directory/validate-import';
import { RECORD_SCHEMAS } from '../../record-schemas';
import { db } from '../../database';
import { ValidationError } from '../../errors';
import {
  exportOrganisationsCsv,
  exportPersonsCsv,
  importContext,
  importOrganisations,
  importPersons,
  organisationRepo,
  personRepo,
} from '../../repos';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const rowsOf = (csv: string | Uint8Array) =>
  parseCsv(decodeCsvBytes(typeof csv === 'string' ? new TextEncoder().encode(csv) : csv).text);

async function personPreview(csv: string | Uint8Array) {
  const { headers, rows } = rowsOf(csv);
  return validateImport(rows, suggestMapping(headers, 'persons'), 'persons', await importContext());
}

async function organisationPreview(csv: string | Uint8Array) {
  const { headers, rows } = rowsOf(csv);
  return validateImport(rows, suggestMapping(headers, 'organisations'), 'organisations', await importContext());
}

const snapshot = async () => ({ persons: await db.persons.toArray(), organisations: await db.organisations.toArray() });
const strip = <T extends { id: string; createdAt: string; updatedAt: string; organisationId?: string }>({
  id: _i,
  createdAt: _c,
  updatedAt: _u,
  organisationId: _o,
  ...rest
}: T) => rest;

describe('CSV export → import round trip', () => {
  it('loses nothing: umlauts, quotes, semicolons, line breaks, formulas, leading +', async () => {
    const org = await organisationRepo.create({
      name: 'Förderverein „Straße der Kinder“; Jülich',
      shortName: 'FV "SdK"',
      type: 'Verein',
      street: 'Kölner Straße 12',
      postalCode: '52428',
      town: 'Jülich',
      email: 'info@foerderverein-juelich.de',
      phone: '+49 2461 12345',
      website: 'https://foerderverein-juelich.de',
      notes: 'Erste Zeile\r\nZweite Zeile; mit "Zitat"\nDritte Zeile',
    });
    await personRepo.create({
      salutation: 'frau',
      title: 'Dr.',
      firstName: 'Ümran',
      lastName: 'Aydın-Groß',
      function: '=Vorsitzende',
      organisationId: org.id,
      email: 'u.aydin@foerderverein-juelich.de',
      phone: '+49 2461 12345-6',
      notes: '-- "Leiterin"; seit 2019\nzuständig für Ü3',
    });
    await personRepo.create({ lastName: "O'Brien", firstName: '@Sean', salutation: 'keine' });
    const before = await snapshot();
    const personsCsv = await exportPersonsCsv();
    const organisationsCsv = await exportOrganisationsCsv();
    expect(
      personsCsv.startsWith('\uFEFFAnrede;Titel;Vorname;Nachname;Funktion;Organisation;E-Mail;Telefon;Notizen\r\n'),
    ).toBe(true);
    expect(personsCsv).toContain(";'=Vorsitzende;");

    await db.delete();
    await db.open();
    const organisationsPreview = await organisationPreview(new TextEncoder().encode(organisationsCsv));
    expect(organisationsPreview.rows.map((r) => r.status)).toEqual(['neu']);
    await importOrganisations(organisationsPreview, new Map());
    const personsPreview = await personPreview(new TextEncoder().encode(personsCsv));
    expect(personsPreview.rows.map((r) => r.status)).toEqual(['neu', 'neu']);
    expect(await importPersons(personsPreview, new Map())).toEqual({
      created: 2,
      merged: 0,
      skipped: 0,
      invalid: 0,
      organisationsCreated: 0,
    });

    const after = await snapshot();
    expect(after.organisations.map(strip)).toEqual(before.organisations.map(strip));
    expect(after.persons.map(strip).sort((a, b) => a.lastName.localeCompare(b.lastName))).toEqual(
      before.persons.map(strip).sort((a, b) => a.lastName.localeCompare(b.lastName)),
    );
    const aydin = after.persons.find((p) => p.lastName === 'Aydın-Groß')!;
    expect(aydin.organisationId).toBe(after.organisations[0]!.id);
  });
});

describe('applying an import', () => {
  it('saves all valid rows in one go, creates named organisations once, skips duplicates unless told otherwise', async () => {
    const stored = await personRepo.create({
      lastName: 'Müller',
      firstName: 'Jürgen',
      email: 'j.mueller@kreis-kleve.de',
      phone: '02821 1',
    });
    const csv = utf8WithBom(
      excelLines([
        ['Vorname', 'Nachname', 'Organisation', 'E-Mail', 'Telefon', 'Funktion'],
        ['Lena', 'Kaya', 'Neue Initiative Kleve', 'l.kaya@example.org', '', ''],
        ['Tim', 'Kaya', 'neue initiative kleve', '', '', ''],
        ['Jürgen', 'Müller', '', 'J.Mueller@kreis-kleve.de', '02821 85-123', 'Schulrat'],
        ['Jürgen', 'Mueller', '', 'j.mueller@kreis-kleve.de', '', ''],
        ['Ohne', '', '', '', '', ''],
      ]),
    );
    const preview = await personPreview(csv);
    expect(preview.rows.map((r) => r.status)).toEqual(['neu', 'neu', 'duplikat', 'duplikat', 'ungültig']);

    const counts = await importPersons(preview, new Map([[4, 'merge']]));
    expect(counts).toEqual({ created: 2, merged: 1, skipped: 1, invalid: 1, organisationsCreated: 1 });
    const organisations = (await db.organisations.toArray()).filter((o) => o.name === 'Neue Initiative Kleve');
    expect(organisations).toHaveLength(1);
    expect(organisations[0]!.type).toBe('Sonstige');
    const kayas = (await db.persons.toArray()).filter((p) => p.lastName === 'Kaya');
    expect(kayas.map((p) => p.organisationId)).toEqual([organisations[0]!.id, organisations[0]!.id]);
    const merged = await personRepo.require(stored.id);
    expect([merged.email, merged.phone, merged.function, merged.firstName]).toEqual([
      'j.mueller@kreis-kleve.de',
      '02821 85-123',
      'Schulrat',
      'Jürgen',
    ]);
  });

  it('leaves the database unchanged when the import fails halfway', async () => {
    const stored = await personRepo.create({ lastName: 'Vos', firstName: 'Annette', email: 'a.vos@kreis-kleve.de' });
    const csv = excelLines([
      ['Vorname', 'Nachname', 'Organisation', 'E-Mail'],
      ['Lena', 'Kaya', 'Neue Initiative Kleve', ''],
      ['Tim', 'Berger', '', ''],
      ['Annette', 'Vos', '', 'a.vos@kreis-kleve.de'],
    ]);
    const preview = await personPreview(csv);
    await personRepo.remove(stored.id);
    const before = await snapshot();

    const error = await importPersons(preview, new Map([[4, 'merge']])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      'Zeile 4: Der Eintrag, mit dem zusammengeführt werden sollte, wurde inzwischen gelöscht. Bitte die Vorschau neu erstellen.',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses decisions it cannot carry out before writing anything', async () => {
    const csv = excelLines([
      ['Nachname', 'E-Mail'],
      ['Kaya', 'l.kaya@example.org'],
      ['Kaya', 'l.kaya@example.org'],
    ]);
    const preview = await personPreview(csv);
    await expect(importPersons(preview, new Map([[3, 'merge']]))).rejects.toThrow(/Zeile 3: Zusammenführen geht nur/);
    expect(await db.persons.count()).toBe(0);
  });

  it('merges organisation rows into the stored organisation', async () => {
    const stored = await organisationRepo.create({ name: 'VHS Kleve', type: 'Weiterbildung/VHS' });
    const preview = await organisationPreview('Name;Ort;PLZ\nvhs kleve;Kleve;47533\nBerufskolleg Kleve;Kleve;47533\n');
    expect(await importOrganisations(preview, new Map([[2, 'merge']]))).toEqual({
      created: 1,
      merged: 1,
      skipped: 0,
      invalid: 0,
      organisationsCreated: 0,
    });
    expect(await organisationRepo.require(stored.id)).toMatchObject({
      name: 'VHS Kleve',
      town: 'Kleve',
      postalCode: '47533',
      type: 'Weiterbildung/VHS',
    });
  });
});

describe('importing mutated files', () => {
  it('writes exactly the rows the preview accepts, valid records only; refused files change nothing', async () => {
    const file = utf8WithBom(
      excelLines([
        ['Vorname', 'Nachname', 'Organisation', 'E-Mail', 'Telefon'],
        ...Array.from({ length: 8 }, (_, i) => [
          `Lena${i}`,
          `Kaya${i}`,
          `Initiative ${i % 3}`,
          `l${i}@example.org`,
          `0281 ${i}00`,
        ]),
      ]),
    );
    const random = seededRandom(3);
    for (let n = 0; n < 40; n++) {
      const before = await snapshot();
      const { headers, rows } = rowsOf(mutate(file, random));
      const mapping = suggestMapping(headers, 'persons');
      if (mappingProblems(mapping, 'persons').length > 0) continue;
      const preview = validateImport(rows, mapping, 'persons', await importContext());
      const planned = planImport(preview.rows, new Map()).create.length;
      const counts = await importPersons(preview, new Map());
      const after = await snapshot();
      expect(counts.created).toBe(planned);
      expect(after.persons.length).toBe(before.persons.length + planned);
      expect(after.organisations.length).toBe(before.organisations.length + counts.organisationsCreated);
      if (planned === 0) expect(after).toEqual(before);
      for (const person of after.persons) expect(RECORD_SCHEMAS.persons.safeParse(person).success).toBe(true);
      for (const organisation of after.organisations)
        expect(RECORD_SCHEMAS.organisations.safeParse(organisation).success).toBe(true);
    }
  });
});
