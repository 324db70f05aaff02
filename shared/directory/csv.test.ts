import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './csv-decode';
import { detectDelimiter, parseCsv } from './csv-parse';
import { protectCell, toExcelCsv, unprotectCell } from './csv-write';
import { cp1252 } from './csv-test-files';

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with BOM ("CSV UTF-8" from Excel) and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Nachname\r\nMüller')]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Nachname\r\nMüller', encoding: 'utf-8-bom' });
  });

  it('reads UTF-8 without BOM', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('Ort\nJülich'))).toEqual({ text: 'Ort\nJülich', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 (German Excel "CSV (Trennzeichen-getrennt)")', () => {
    const bytes = cp1252('Müller;Straße;Jülich;ä;ö;Ü');
    expect([...bytes.slice(0, 7)]).toEqual([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Müller;Straße;Jülich;ä;ö;Ü', encoding: 'windows-1252' });
  });

  it('reads UTF-16 LE with BOM (Excel "Unicode-Text")', () => {
    const text = 'Nachname\tOrt\r\nÖztürk\tKöln';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('parseCsv', () => {
  it('detects the separator from the header line', () => {
    expect(detectDelimiter('Vorname;Nachname;E-Mail\r\nA,B;C;D')).toBe(';');
    expect(detectDelimiter('"First Name","Last Name","Company"\r\n')).toBe(',');
    expect(detectDelimiter('Vorname\tNachname\n')).toBe('\t');
    expect(detectDelimiter('"Name; mit Semikolon",Ort')).toBe(',');
    expect(detectDelimiter('Nachname\n')).toBe(';');
  });

  it('reads quoted fields with separators, quotes and line breaks; row numbers as Excel shows them', () => {
    const parsed = parseCsv('Nachname;Notizen\r\nMüller;"erste Zeile\r\nzweite; mit ""Zitat"""\r\n\r\nSchmidt;\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual(['Nachname', 'Notizen']);
    expect(parsed.rows).toEqual([
      { rowNumber: 2, cells: ['Müller', 'erste Zeile\r\nzweite; mit "Zitat"'] },
      { rowNumber: 4, cells: ['Schmidt', ''] },
    ]);
  });

  it('marks a row with more fields than the header and an unclosed quote instead of dropping them', () => {
    const parsed = parseCsv('Nachname;Ort\nMüller; Hans;Kleve\nSchmidt;Goch;\nVos;"Kleve\nBecker;Emmerich\n');
    expect(parsed.rows.map((r) => [r.rowNumber, r.problem !== undefined])).toEqual([
      [2, true],
      [3, false],
      [4, true],
    ]);
    expect(parsed.rows[0]!.problem).toMatch(/3 Felder, die Kopfzeile nur 2/);
    expect(parsed.rows[2]!.problem).toMatch(/Anführungszeichen wird nicht geschlossen/);
  });

  it('marks a row with bytes that are not valid in the encoding of the file', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Nachname\r\nMüller\r\n'),
      0x4d,
      0xfc,
      0x6c,
      0x6c,
    ]);
    const parsed = parseCsv(decodeCsvBytes(bytes).text);
    expect(parsed.rows.map((r) => r.problem)).toEqual([
      undefined,
      'Die Zeile enthält Zeichen, die sich nicht lesen ließen (�). Bitte die Datei in Excel als „CSV UTF-8“ speichern.',
    ]);
  });
});

describe('toExcelCsv', () => {
  const columns = [
    { header: 'Name', value: (r: { name: string; notes?: string }) => r.name },
    { header: 'Notizen', value: (r: { name: string; notes?: string }) => r.notes },
  ];

  it('writes BOM, semicolons, CRLF and quotes only where needed', () => {
    const csv = toExcelCsv(
      [
        { name: 'Müller', notes: 'a;b' },
        { name: 'Sagt "Hallo"', notes: 'Zeile 1\nZeile 2' },
        { name: ' Leerzeichen ' },
      ],
      columns,
    );
    expect(csv).toBe(
      '\uFEFFName;Notizen\r\nMüller;"a;b"\r\n"Sagt ""Hallo""";"Zeile 1\nZeile 2"\r\n" Leerzeichen ";\r\n',
    );
  });

  it('defuses formulas with an apostrophe, reversibly', () => {
    expect(
      toExcelCsv([{ name: '=HYPERLINK("http://x")' }, { name: '+49 2821 85-123' }, { name: '@SUM(A1)' }], columns),
    ).toBe('\uFEFFName;Notizen\r\n"\'=HYPERLINK(""http://x"")";\r\n\'+49 2821 85-123;\r\n\'@SUM(A1);\r\n');
    for (const value of ['=1+2', '-5', '\tx', "'=already", "''+x", "it's", 'plain', "'quoted"]) {
      expect(unprotectCell(protectCell(value))).toBe(value);
    }
    expect(protectCell("it's")).toBe("it's");
    expect(protectCell('-5')).toBe("'-5");
  });
});
