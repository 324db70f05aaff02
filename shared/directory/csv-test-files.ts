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
export const excelLines = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => r.join(';')).join('\r\n') + '\r\n';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so fuzz runs are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY_BYTES = [0x3b, 0x2c, 0x22, 0x0d, 0x0a, 0x09, 0x3d, 0x27, 0x00, 0xfc, 0xc3, 0xa4, 0xef, 0xbb, 0xbf, 0xff];

/** The file with one to four random edits: a byte changed, inserted or removed, a cut, a repeat. */
export function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  let result = [...bytes];
  const at = () => Math.floor(random() * (result.length + 1));
  const nasty = () => NASTY_BYTES[Math.floor(random() * NASTY_BYTES.length)]!;
  for (let edits = 1 + Math.floor(random() * 4); edits > 0; edits--) {
    const kind = Math.floor(random() * 5);
    const i = at();
    if (kind === 0) result[i] = nasty();
    else if (kind === 1) result.splice(i, 0, nasty());
    else if (kind === 2) result.splice(i, 1 + Math.floor(random() * 8));
    else if (kind === 3) result = result.slice(0, i);
    else result.splice(i, 0, ...result.slice(at(), at()));
  }
  return Uint8Array.from(result);
}
