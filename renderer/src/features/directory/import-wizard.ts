import { decodeCsvBytes, type CsvEncoding } from '../../../../shared/directory/csv-decode';
import { parseCsv, type CsvRow, type ParsedCsv } from '../../../../shared/directory/csv-parse';
import type { ColumnMapping, ImportTarget } from '../../../../shared/directory/import-fields';
import { rowValues } from '../../../../shared/directory/import-preview';

export interface LoadedCsv {
  fileName: string;
  encoding: CsvEncoding;
  csv: ParsedCsv;
}

/** Reads a chosen file as German Excel and Outlook write it (separator and encoding detected). */
export async function readCsvFile(file: File): Promise<LoadedCsv> {
  const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  return { fileName: file.name, encoding, csv: parseCsv(text) };
}

/** What a preview row shows of its content: a name, and what tells it apart (e-mail, organisation, town). */
export function rowSummary(
  row: CsvRow,
  mapping: ColumnMapping,
  target: ImportTarget,
): { title: string; detail: string } {
  const values = rowValues(row, mapping) as Record<string, string | undefined>;
  if (target === 'persons') {
    return {
      title: [values.title, values.firstName, values.lastName].filter(Boolean).join(' '),
      detail: [values.organisation, values.email].filter(Boolean).join(' · '),
    };
  }
  return { title: values.name ?? '', detail: [values.type, values.town].filter(Boolean).join(' · ') };
}

/** The first value of each column, to help with the mapping. */
export const sampleValues = (csv: ParsedCsv): string[] =>
  csv.headers.map((_, column) => csv.rows.find((row) => (row.cells[column] ?? '').trim() !== '')?.cells[column] ?? '');
