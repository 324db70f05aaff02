import { fileNamePart } from '../documents/file-name';
import { ATTACHMENT_MIME_TYPES, MAX_ATTACHMENT_BYTES } from '../schemas/attachment.schema';

type PaperMimeType = keyof typeof ATTACHMENT_MIME_TYPES;

const extensionOf = (fileName: string): string => /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

const isPaperType = (type: string): type is PaperMimeType => type in ATTACHMENT_MIME_TYPES;

/** Every accepted extension, for the file picker (".pdf,.docx,…"). */
export const PAPER_EXTENSIONS: readonly string[] = Object.values(ATTACHMENT_MIME_TYPES).flat();

/**
 * The file's type as stored: the type the system reports when it is an accepted one, otherwise
 * the type its extension stands for (some systems report Office files as "" or octet-stream).
 */
export function paperMimeType(fileName: string, reportedType: string): PaperMimeType | undefined {
  if (isPaperType(reportedType)) return reportedType;
  const extension = extensionOf(fileName);
  return (Object.keys(ATTACHMENT_MIME_TYPES) as PaperMimeType[]).find((type) =>
    (ATTACHMENT_MIME_TYPES[type] as readonly string[]).includes(extension),
  );
}

const megabytes = (bytes: number): string =>
  (bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 });

/** Why a file cannot be attached as a paper, in German; undefined when it can. */
export function paperFileProblem(file: { name: string; size: number; type: string }): string | undefined {
  if (!paperMimeType(file.name, file.type)) {
    const extension = extensionOf(file.name);
    return `${extension ? `Dateien vom Typ „.${extension}“` : 'Dateien ohne Endung'} können nicht angehängt werden. Erlaubt sind PDF, Word, Excel, PowerPoint, OpenDocument und Bilder (PNG, JPEG, SVG).`;
  }
  if (file.size === 0) return `Die Datei „${file.name}“ ist leer.`;
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return `Die Datei „${file.name}“ ist ${megabytes(file.size)} MB groß. Erlaubt sind höchstens 25 MB; bitte die Datei verkleinern (z. B. als PDF mit geringerer Bildauflösung).`;
  }
  return undefined;
}

/**
 * A safe name to save or open a stored paper under: the name without characters systems refuse,
 * umlauts transliterated, the extension kept ("Vorlage Übergänge.pdf" → "Vorlage-Uebergaenge.pdf").
 */
export function paperSaveName(fileName: string): string {
  const extension = extensionOf(fileName).replace(/[^a-z0-9]/g, '');
  const base = fileName.replace(/\.[^.]+$/, '');
  return `${fileNamePart(base) || 'Datei'}${extension ? `.${extension}` : ''}`;
}
