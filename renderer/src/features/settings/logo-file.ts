/** The letterhead logo: which files are accepted, and why one is refused. */

/** "2 MB" as the app shows sizes (decimal units). */
export const LOGO_MAX_BYTES = 2_000_000;
/** Wider or taller than this is a photo, not a logo, and bloats every PDF. */
export const LOGO_MAX_SIDE = 5000;

export type LogoType = 'image/png' | 'image/jpeg';
/** Why a file is refused (a key of `documents.logo.errors`). */
export type LogoProblem = 'type' | 'empty' | 'tooLarge' | 'corrupt' | 'tooManyPixels';
export type LogoCheck<T extends object = object> = ({ ok: true } & T) | { ok: false; problem: LogoProblem };

const SIGNATURES: readonly [LogoType, readonly number[]][] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** The image type by the file's first bytes, not by its name or the browser's guess. */
export const logoType = (bytes: Uint8Array): LogoType | undefined =>
  SIGNATURES.find(([, signature]) => signature.every((byte, i) => bytes[i] === byte))?.[0];

/**
 * The compressed image data of a PNG whose chunks run complete from IHDR to IEND; `undefined` for a
 * truncated or garbled file.
 */
export function pngImageData(bytes: Uint8Array): Uint8Array<ArrayBuffer>[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let pos = 8;
  while (pos + 12 <= bytes.length) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    const end = pos + 12 + length;
    if (end > bytes.length || (pos === 8 && type !== 'IHDR')) return undefined;
    if (type === 'IDAT') parts.push(bytes.slice(pos + 8, pos + 8 + length));
    if (type === 'IEND') return parts.length > 0 ? parts : undefined;
    pos = end;
  }
  return undefined;
}

/**
 * Does the compressed data unpack, checksum included? Browsers show a PNG whose data is damaged,
 * but the PDF library then waits forever for it.
 */
async function inflates(parts: Uint8Array<ArrayBuffer>[]): Promise<boolean> {
  try {
    await new Response(new Blob(parts).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** What can be checked without an image decoder: size, type by signature, a PNG's structure and data. */
export async function checkLogoBytes(bytes: Uint8Array): Promise<LogoCheck<{ type: LogoType }>> {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  const type = logoType(bytes);
  if (!type) return { ok: false, problem: 'type' };
  if (type === 'image/png') {
    const data = pngImageData(bytes);
    if (!data || !(await inflates(data))) return { ok: false, problem: 'corrupt' };
  }
  return { ok: true, type };
}

/** A decoded image small enough to print as a logo. */
export const checkLogoSize = (width: number, height: number): LogoCheck =>
  width > 0 && height > 0 && width <= LOGO_MAX_SIDE && height <= LOGO_MAX_SIDE
    ? { ok: true }
    : { ok: false, problem: width > 0 && height > 0 ? 'tooManyPixels' : 'corrupt' };

export interface LogoFile {
  blob: Blob;
  type: LogoType;
  width: number;
  height: number;
}

/**
 * Reads a chosen file as a logo: the checks above, then a full decode by the browser, so only
 * images that really display (and print) are stored.
 */
export async function readLogoFile(file: Blob): Promise<LogoCheck<LogoFile>> {
  if (file.size > LOGO_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = await checkLogoBytes(bytes);
  if (!checked.ok) return checked;
  const blob = new Blob([bytes], { type: checked.type });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  const { width, height } = bitmap;
  bitmap.close();
  const size = checkLogoSize(width, height);
  return size.ok ? { ok: true, blob, type: checked.type, width, height } : size;
}
