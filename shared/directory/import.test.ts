import { describe, expect, it } from 'vitest';
import { BUILT_IN_ORGANISATION_TYPES, type Organisation, type Person } from '../schemas';
import { decodeCsvBytes } from './csv-decode';
import { parseCsv } from './csv-parse';
import { cp1252, excelLines, utf8WithBom } from './csv-test-files';
import { mappingProblems, suggestMapping } from './import-fields';
import { summarizePreview } from './import-preview';
import { changedFields, planImport } from './import-plan';
import { validateImport, type ImportContext } from './validate-import';

const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const gesamtschule: Organisation = {
  ...meta,
  id: 'org-1',
  name: 'Gesamtschule Jülich',
  shortName: 'GE Jülich',
  type: 'Weiterführende Schule',
};
const mueller: Person = {
  ...meta,
  id: 'p-1',
  salutation: 'herr',
  firstName: 'Jürgen',
  lastName: 'Müller',
  email: 'j.mueller@kreis-dueren.de',
  organisationId: 'org-1',
};
const context: ImportContext = {
  persons: [mueller],
  organisations: [gesamtschule],
  organisationTypes: BUILT_IN_ORGANISATION_TYPES,
};

function preview(bytes: Uint8Array) {
  const { headers, rows } = parseCsv(decodeCsvBytes(bytes).text);
  return validateImport(rows, suggestMapping(headers, 'persons'), 'persons', context);
}

function organisationPreview(bytes: Uint8Array) {
  const { headers, rows } = parseCsv(decodeCsvBytes(bytes).text);
  return validateImport(rows, suggestMapping(headers, 'organisations'), 'organisations', context);
}

describe('suggestMapping', () => {
  it('recognises German Outlook headers', () => {
    const headers = [
      'Anrede',
      'Vorname',
      'Weitere Vornamen',
      'Nachname',
      'Firma',
      'Position',
      'Straße geschäftlich',
      'Telefon geschäftlich',
      'E-Mail-Adresse',
      'E-Mail 2: Adresse',
      'Notizen',
    ];
    expect(suggestMapping(headers, 'persons')).toEqual([
      'salutation',
      'firstName',
      null,
      'lastName',
      'organisation',
      'function',
      null,
      'phone',
      'email',
      null,
      'notes',
    ]);
    expect(
      suggestMapping(
        ['Firma', 'Straße geschäftlich', 'Postleitzahl geschäftlich', 'Ort geschäftlich'],
        'organisations',
      ),
    ).toEqual(['name', 'street', 'postalCode', 'town']);
  });

  it('recognises English Outlook headers and gives each field to one column only', () => {
    expect(
      suggestMapping(
        ['Title', 'First Name', 'Last Name', 'Company', 'Job Title', 'Business Phone', 'E-mail Address', 'Name'],
        'persons',
      ),
    ).toEqual(['salutation', 'firstName', 'lastName', 'organisation', 'function', 'phone', 'email', null]);
  });

  it('names what a mapping lacks or repeats', () => {
    expect(mappingProblems(['firstName', 'email', 'email'], 'persons')).toEqual([
      'Bitte eine Spalte für „Nachname“ zuordnen.',
      '„E-Mail“ ist mehreren Spalten zugeordnet. Bitte nur eine Spalte wählen.',
    ]);
    expect(mappingProblems(['name', null], 'organisations')).toEqual([]);
  });
});

describe('validateImport of files as Excel and Outlook write them', () => {
  it('reads a German Excel file: semicolon, UTF-8 BOM, CRLF, quoted line breaks', () => {
    const file = utf8WithBom(
      excelLines([
        ['Anrede', 'Titel', 'Vorname', 'Nachname', 'Funktion', 'Organisation', 'E-Mail', 'Telefon', 'Notizen'],
        [
          'Frau',
          'Dr.',
          'Elif',
          'Aydın',
          'Schulleiterin',
          'GE Jülich',
          'e.aydin@ge-juelich.de',
          '02461 63-0',
          '"Sprechzeit:\r\nmontags"',
        ],
        ['Herr', '', 'Paul', 'Schäfer', '', 'Förderverein Straße der Kinder e. V.', '', '', ''],
      ]),
    );
    const result = preview(file);
    expect(result.rows.map((r) => r.status)).toEqual(['neu', 'neu']);
    expect(result.rows[0]!.record).toEqual({
      person: {
        salutation: 'frau',
        title: 'Dr.',
        firstName: 'Elif',
        lastName: 'Aydın',
        function: 'Schulleiterin',
        organisationId: 'org-1',
        email: 'e.aydin@ge-juelich.de',
        phone: '02461 63-0',
        notes: 'Sprechzeit:\r\nmontags',
      },
    });
    expect(result.rows[1]!.record).toEqual({
      person: { salutation: 'herr', firstName: 'Paul', lastName: 'Schäfer' },
      newOrganisationName: 'Förderverein Straße der Kinder e. V.',
    });
  });

  it('reads a Windows-1252 file with umlauts', () => {
    const file = cp1252(
      'Nachname;Vorname;Firma\r\nMüller;Jürgen;Gesamtschule Jülich\r\nÖzdemir;Ümit;Straßenverkehrsamt Düren\r\n',
    );
    expect(decodeCsvBytes(file).encoding).toBe('windows-1252');
    const result = preview(file);
    expect(
      result.rows.map((r) => [r.record?.person.lastName, r.record?.person.firstName, r.record?.newOrganisationName]),
    ).toEqual([
      ['Müller', 'Jürgen', undefined],
      ['Özdemir', 'Ümit', 'Straßenverkehrsamt Düren'],
    ]);
    expect(result.rows[0]).toMatchObject({
      status: 'duplikat',
      duplicateOf: { in: 'bestand', id: 'p-1', reason: 'gleicher Name und Organisation' },
    });
  });

  it('reads a comma-separated English Outlook export, with "Mr. Dr." in the salutation column', () => {
    const file = new TextEncoder().encode(
      '"Title","First Name","Middle Name","Last Name","Company","Job Title","Business Phone","E-mail Address"\r\n' +
        '"Mr. Dr.","Klaus","","Berger","Volkshochschule Düren","Leitung","+49 2421 25-0","k.berger@vhs-dueren.de"\r\n' +
        '"Ms.","Anna","Maria","Vos","","","",""\r\n',
    );
    const result = preview(file);
    expect(result.rows.map((r) => r.status)).toEqual(['neu', 'neu']);
    expect(result.rows[0]!.record!.person).toMatchObject({
      salutation: 'herr',
      title: 'Dr.',
      lastName: 'Berger',
      phone: '+49 2421 25-0',
    });
    expect(result.rows[1]!.record!.person).toEqual({ salutation: 'frau', firstName: 'Anna', lastName: 'Vos' });
  });

  it('reports exactly the 5 broken rows of 500, with row number, field and German message', () => {
    const header = ['Vorname', 'Nachname', 'Organisation', 'E-Mail', 'Telefon', 'Anrede'];
    const rows = Array.from({ length: 500 }, (_, i) => [
      `Vorname${i}`,
      `Nachname${i}`,
      'GE Jülich',
      `person${i}@kreis-dueren.de`,
      `02461 ${1000 + i}`,
      i % 2 ? 'Frau' : 'Herr',
    ]);
    rows[9]![3] = 'keine-adresse';
    rows[99]![1] = '';
    rows[199]![4] = 'ruf mich an';
    rows[299]![5] = 'Eure Exzellenz';
    rows[499]![3] = 'a@b';
    const result = preview(utf8WithBom(excelLines([header, ...rows])));

    expect(summarizePreview(result.rows)).toEqual({ neu: 495, ungültig: 5, duplikat: 0 });
    const invalid = result.rows.filter((r) => r.status === 'ungültig');
    expect(invalid.map((r) => [r.rowNumber, r.issues.map((i) => `${i.label}: ${i.message}`)])).toEqual([
      [11, ['E-Mail: Bitte eine gültige E-Mail-Adresse angeben (z. B. name@kreis-auenfeld.de).']],
      [101, ['Nachname: Bitte den Nachnamen angeben.']],
      [201, ['Telefon: Bitte eine gültige Telefonnummer angeben (Ziffern, Leerzeichen, +, /, - und Klammern).']],
      [301, ['Anrede: Bitte „Frau“, „Herr“ oder nichts angeben.']],
      [501, ['E-Mail: Bitte eine gültige E-Mail-Adresse angeben (z. B. name@kreis-auenfeld.de).']],
    ]);
    expect(invalid.every((r) => r.record === undefined)).toBe(true);
  });

  it('checks organisation rows: postcode, known type, default type', () => {
    const file = utf8WithBom(
      excelLines([
        ['Name', 'Art', 'Straße', 'PLZ', 'Ort'],
        ['Städtisches Gymnasium Düren', 'weiterführende schule', 'Altenteich 14', '52349', 'Düren'],
        ['Kita Regenbogen', 'Kindergarten', 'Am Markt 1', '5234', 'Düren'],
        ['Bürgerstiftung Jülich', '', '', '', 'Jülich'],
        ['gesamtschule jülich', 'Weiterführende Schule', '', '', ''],
      ]),
    );
    const result = organisationPreview(file);
    expect(result.rows.map((r) => r.status)).toEqual(['neu', 'ungültig', 'neu', 'duplikat']);
    expect(result.rows[0]!.record).toMatchObject({ type: 'Weiterführende Schule', postalCode: '52349' });
    expect(result.rows[1]!.issues.map((i) => [i.field, i.message])).toEqual([
      [
        'type',
        'Die Art „Kindergarten“ ist nicht bekannt. Bitte eine Art aus der Liste verwenden (z. B. Grundschule, Berufskolleg, Verein) oder sie vorher in den Einstellungen anlegen.',
      ],
      ['postalCode', 'Die Postleitzahl hat fünf Ziffern.'],
    ]);
    expect(result.rows[2]!.record).toEqual({ name: 'Bürgerstiftung Jülich', town: 'Jülich' });
    expect(result.rows[3]!.duplicateOf).toEqual({ in: 'bestand', id: 'org-1', reason: 'gleicher Name' });
  });
});

describe('duplicates', () => {
  const file = utf8WithBom(
    excelLines([
      ['Vorname', 'Nachname', 'Organisation', 'E-Mail'],
      ['Jürgen', 'Mueller', '', 'J.Mueller@Kreis-Dueren.de'],
      ['Jurgen', 'Müller', 'Gesamtschule Jülich', ''],
      ['Lena', 'Kaya', 'Neue Initiative', 'l.kaya@example.org'],
      ['Lena', 'Kaya', 'neue initiative', ''],
      ['Lea', 'Kaya', '', 'L.KAYA@example.org'],
      ['Lena', 'Kaya', '', ''],
    ]),
  );

  it('finds the same e-mail and the same name and organisation, stored and within the file', () => {
    const result = preview(file);
    expect(result.rows.map((r) => [r.rowNumber, r.status, r.duplicateOf])).toEqual([
      [2, 'duplikat', { in: 'bestand', id: 'p-1', reason: 'gleiche E-Mail' }],
      [3, 'duplikat', { in: 'bestand', id: 'p-1', reason: 'gleicher Name und Organisation' }],
      [4, 'neu', undefined],
      [5, 'duplikat', { in: 'datei', rowNumber: 4, reason: 'gleicher Name und Organisation' }],
      [6, 'duplikat', { in: 'datei', rowNumber: 4, reason: 'gleiche E-Mail' }],
      [7, 'neu', undefined],
    ]);
  });

  it('plans skip by default for duplicates, import or merge on request, and refuses merging with a row', () => {
    const { rows } = preview(file);
    const plan = planImport(
      rows,
      new Map([
        [3, 'merge'],
        [5, 'import'],
      ]),
    );
    expect(plan.create.map((c) => c.rowNumber)).toEqual([4, 5, 7]);
    expect(plan.merge.map((m) => [m.rowNumber, m.id])).toEqual([[3, 'p-1']]);
    expect([plan.skipped, plan.invalid, plan.problems]).toEqual([2, 0, []]);
    expect(planImport(rows, new Map([[6, 'merge']])).problems).toEqual([
      'Zeile 6: Zusammenführen geht nur mit einem schon gespeicherten Eintrag. Bitte „Überspringen“ oder „Trotzdem importieren“ wählen.',
    ]);
  });

  it('merges only what the row fills and what differs beyond spelling', () => {
    expect(
      changedFields(mueller, { lastName: 'MULLER', phone: '02421 1', email: undefined, function: 'Schulrat' }),
    ).toEqual({
      phone: '02421 1',
      function: 'Schulrat',
    });
  });
});
