/** Helpers for tests: CSV files as Excel and Outlook write them. */

/** Windows-1252 bytes, encoded by hand (ü = 0xFC, ß = 0xDF …): only Latin-1 letters are needed. */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`Nicht in Windows-1252 abbildbar: ${char}`);
    return code;
  });
}

/** UTF-8 with BOM, as Excel's "CSV UTF-8 (durch Trennzeichen getrennt)". */
export const utf8WithBom = (text: string): Uint8Array =>
  new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

/** Rows joined with `;` and CRLF, as German Excel writes them. */
export const excelLines = (rows: readonly (readonly string[])[]): string => rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
