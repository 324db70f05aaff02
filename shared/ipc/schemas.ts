import { z } from 'zod';
import { resultSchema } from './result';

export const MAX_FILE_NAME_LENGTH = 200;
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
const MAX_URL_LENGTH = 2048;
const MAX_TITLE_LENGTH = 300;

/** Path separators, characters Windows forbids in names, control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_FILE_NAME_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f\u007f]/;
/** Bidirectional overrides can disguise an extension: "Protokoll\u202Efdp.exe" displays as "Protokollexe.pdf". */
const BIDI_CONTROL_CHARACTERS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Device names Windows reserves, with or without an extension. */
const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
/** Leading dots hide files (and make "." / ".."); trailing dots and spaces are dropped by Windows. */
const UNSAFE_NAME_EDGES = /^[.\s]|[.\s]$/;

/** A bare file name (no directory) that is valid and unambiguous on Windows, macOS and Linux. */
export const SafeFileName = z
  .string()
  .min(1, 'Der Dateiname fehlt.')
  .max(MAX_FILE_NAME_LENGTH, `Der Dateiname darf höchstens ${MAX_FILE_NAME_LENGTH} Zeichen lang sein.`)
  .refine(
    (name) => !FORBIDDEN_FILE_NAME_CHARACTERS.test(name),
    'Der Dateiname darf keine der Zeichen \\ / : * ? " < > | und keine Steuerzeichen enthalten.',
  )
  .refine((name) => !BIDI_CONTROL_CHARACTERS.test(name), 'Der Dateiname enthält unsichtbare Steuerzeichen.')
  .refine(
    (name) => !UNSAFE_NAME_EDGES.test(name),
    'Der Dateiname darf nicht mit einem Punkt oder Leerzeichen beginnen oder enden.',
  )
  .refine((name) => !WINDOWS_RESERVED_NAME.test(name), 'Dieser Dateiname ist unter Windows reserviert.');

/** A PDF is opened by the operating system by its extension, so it must really say `.pdf`. */
export const PdfFileName = SafeFileName.refine((name) => /\.pdf$/i.test(name), 'Der Dateiname muss auf .pdf enden.');

export const FileBytes = z
  .instanceof(Uint8Array, { message: 'Die Dateidaten fehlen.' })
  .refine((data) => data.byteLength <= MAX_FILE_BYTES, 'Die Datei ist größer als 200 MB.');

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export const PdfBytes = FileBytes.refine(
  (data) => PDF_MAGIC.every((byte, index) => data[index] === byte),
  'Die Daten sind keine PDF-Datei.',
);

export const FileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[a-z0-9]{1,10})$/i, 'Eine Dateiendung besteht aus Buchstaben und Ziffern.'))
    .min(1)
    .max(20),
});

export const AppInfo = z.strictObject({
  version: z.string(),
  platform: z.string(),
  dataPath: z.string(),
  backupPath: z.string(),
});

export const SaveFileRequest = z.strictObject({
  suggestedName: SafeFileName,
  data: FileBytes,
  filters: z.array(FileFilter).max(10).optional(),
});
export const SaveFileResult = resultSchema({ path: z.string() }, ['canceled', 'write-failed']);

export const PrintPdfRequest = z.strictObject({
  data: PdfBytes,
  title: z.string().min(1, 'Der Titel fehlt.').max(MAX_TITLE_LENGTH),
});
export const PrintPdfResult = resultSchema({}, ['canceled', 'print-failed']);

export const OpenPdfRequest = z.strictObject({ data: PdfBytes, suggestedName: PdfFileName });
export const OpenPdfResult = resultSchema({}, ['write-failed', 'open-failed']);

/** Only a string here: which URLs may leave the app is decided by the main process's URL guard. */
export const OpenExternalRequest = z.strictObject({ url: z.string().min(1).max(MAX_URL_LENGTH) });
export const OpenExternalResult = resultSchema({}, ['refused']);
