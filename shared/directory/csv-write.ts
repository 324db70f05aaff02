/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` (or a tab or CR before
 * them) as a formula ("CSV injection", OWASP): a contact named `=HYPERLINK(…)` could leak data or
 * start programs when a colleague opens the export. Such cells get a leading apostrophe, which
 * Excel shows as text. Cells already starting with apostrophes before such a character get one
 * more, so `unprotectCell` can undo exactly what `protectCell` did and import → export round-trips.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PROTECTED_START = /^'+[=+\-@\t\r]/;

export const protectCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

export const unprotectCell = (value: string): string => (PROTECTED_START.test(value) ? value.slice(1) : value);

const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

function csvCell(value: string | undefined): string {
  const text = protectCell(value ?? '');
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | undefined;
}

/**
 * A CSV file German Excel opens correctly by double-click: `;` separator, UTF-8 byte order mark
 * (the string starts with U+FEFF; write it as UTF-8), CRLF line ends, and quotes around fields
 * with separators, quotes, line breaks or surrounding spaces.
 */
export function toExcelCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [
    columns.map((c) => csvCell(c.header)),
    ...rows.map((row) => columns.map((c) => csvCell(c.value(row)))),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}
