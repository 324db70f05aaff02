import Papa from 'papaparse';

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvRow {
  /** Row number as Excel shows it: the header is row 1 (a quoted line break stays in its row). */
  rowNumber: number;
  cells: string[];
  /** Set when the row cannot be read as it stands (German message). */
  problem?: string;
}

export interface ParsedCsv {
  headers: string[];
  rows: CsvRow[];
  delimiter: CsvDelimiter;
}

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

/** Counts each candidate separator in the header line (outside quotes); German Excel's `;` wins ties. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvDelimiter))
      counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best));
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

function rowProblem(cells: readonly string[], headerCount: number): string | undefined {
  if (cells.some((cell) => cell.includes('\uFFFD'))) {
    return 'Die Zeile enthält Zeichen, die sich nicht lesen ließen (�). Bitte die Datei in Excel als „CSV UTF-8“ speichern.';
  }
  const extra = cells.slice(headerCount);
  if (isBlank(extra)) return undefined;
  return `Die Zeile hat ${cells.length} Felder, die Kopfzeile nur ${headerCount}. Vermutlich enthält ein Feld das Trennzeichen ohne Anführungszeichen.`;
}

/**
 * Splits CSV text into a header and data rows: separator `;`, `,` or tab detected, quoted fields
 * with separators, quotes and line breaks, CRLF or LF. Blank rows are left out; a row that cannot
 * be read carries a `problem` instead of being dropped.
 */
export function parseCsv(text: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const unterminated = new Set(result.errors.filter((e) => e.code === 'MissingQuotes').map((e) => e.row));
  const [headerCells = [], ...records] = result.data;
  const headers = headerCells.map((h) => h.trim());
  const rows: CsvRow[] = [];
  records.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const problem = unterminated.has(index + 1)
      ? 'Ein Anführungszeichen wird nicht geschlossen; der Rest der Datei steht deshalb in diesem Feld. Bitte die Datei in Excel prüfen und neu speichern.'
      : rowProblem(cells, headers.length);
    rows.push({ rowNumber: index + 2, cells: cells.slice(0, headers.length), ...(problem ? { problem } : {}) });
  });
  return { headers, rows, delimiter };
}
