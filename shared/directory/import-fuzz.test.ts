import { describe, expect, it } from 'vitest';
import { BUILT_IN_ORGANISATION_TYPES, OrganisationInput, PersonInput } from '../schemas';
import { decodeCsvBytes } from './csv-decode';
import { parseCsv } from './csv-parse';
import { excelLines, mutate, seededRandom, utf8WithBom } from './csv-test-files';
import { mappingProblems, suggestMapping, type ImportTarget } from './import-fields';
import { validateImport } from './validate-import';

const context = { persons: [], organisations: [], organisationTypes: BUILT_IN_ORGANISATION_TYPES };

const PERSONS = utf8WithBom(
  excelLines([
    ['Anrede', 'Titel', 'Vorname', 'Nachname', 'Funktion', 'Organisation', 'E-Mail', 'Telefon', 'Notizen'],
    ...Array.from({ length: 20 }, (_, i) => [
      i % 2 ? 'Frau' : 'Herr',
      i % 5 ? '' : 'Dr.',
      `Jürgen${i}`,
      `Müller-Öztürk${i}`,
      '"Leitung; ""Schule"""',
      `Schule Nr. ${i % 4}`,
      `person${i}@kreis-kleve.de`,
      `+49 2821 ${100 + i}`,
      '"Zeile 1\r\nZeile 2"',
    ]),
  ]),
);

const ORGANISATIONS = utf8WithBom(
  excelLines([
    ['Name', 'Art', 'Straße', 'PLZ', 'Ort', 'Webseite'],
    ...Array.from({ length: 20 }, (_, i) => [
      `Grundschule Am Bach ${i}`,
      'Grundschule',
      `Bachstraße ${i}`,
      '47533',
      'Kleve',
      '',
    ]),
  ]),
);

function checkMutants(target: ImportTarget, file: Uint8Array, seed: number) {
  const random = seededRandom(seed);
  const schema = target === 'persons' ? PersonInput : OrganisationInput;
  const seen = { refusedFiles: 0, validRows: 0, invalidRows: 0 };
  for (let n = 0; n < 300; n++) {
    const { headers, rows } = parseCsv(decodeCsvBytes(mutate(file, random)).text);
    const mapping = suggestMapping(headers, target);
    if (mappingProblems(mapping, target).length > 0) {
      seen.refusedFiles += 1;
      continue;
    }
    const preview = validateImport(rows, mapping, target, context);
    const numbers = preview.rows.map((r) => r.rowNumber);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const row of preview.rows) {
      if (row.status === 'ungültig') {
        seen.invalidRows += 1;
        expect(row.record).toBeUndefined();
        expect(row.issues.length).toBeGreaterThan(0);
        for (const issue of row.issues) expect(issue.message).toMatch(/\p{L}{3}/u);
      } else {
        seen.validRows += 1;
        const record = target === 'persons' ? (row.record as { person: object }).person : row.record;
        expect(schema.safeParse({ type: 'Sonstige', ...record }).success).toBe(true);
      }
    }
  }
  return seen;
}

describe('fuzzing the CSV readers', () => {
  it('reads 300 mutated person files without failing: every row is valid or names its problem', () => {
    const seen = checkMutants('persons', PERSONS, 1);
    expect(seen.validRows).toBeGreaterThan(0);
    expect(seen.invalidRows).toBeGreaterThan(0);
  });

  it('reads 300 mutated organisation files without failing', () => {
    const seen = checkMutants('organisations', ORGANISATIONS, 2);
    expect(seen.validRows).toBeGreaterThan(0);
    expect(seen.invalidRows).toBeGreaterThan(0);
  });
});
