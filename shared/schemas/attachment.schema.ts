import { z } from 'zod';
import { Id, RecordMeta, SoftDelete, requiredText } from './common';

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** File types accepted as papers: PDF, Office documents, OpenDocument, images. */
export const ATTACHMENT_MIME_TYPES = {
  'application/pdf': ['pdf'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/svg+xml': ['svg'],
} as const;

export const AttachmentKind = z.enum(['vorlage', 'anlage', 'tischvorlage', 'logo']);

/** Immutable: a changed paper is a new attachment. */
export const AttachmentInput = z.object({
  kind: AttachmentKind,
  meetingId: Id.optional(),
  agendaItemId: Id.optional(),
  bodyId: Id.optional(),
  /** Vorlage numbering per body and year: "Vorlage LK-03/2026". */
  year: z.number().int().min(2000).max(2100).optional(),
  sequence: z.number().int().min(1).max(999).optional(),
  label: z.string().trim().max(60).optional(),
  title: z.string().trim().max(300).optional(),
  fileName: requiredText('den Dateinamen', 255),
  mimeType: z.string().refine((t) => t in ATTACHMENT_MIME_TYPES, {
    error: 'Dieser Dateityp wird nicht unterstützt. Erlaubt sind PDF, Word, Excel, PowerPoint, OpenDocument und Bilder.',
  }),
  size: z
    .number()
    .int()
    .min(1, { error: 'Die Datei ist leer.' })
    .max(MAX_ATTACHMENT_BYTES, { error: 'Die Datei ist größer als 25 MB.' }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  blob: z.instanceof(Blob),
});

export const Attachment = z.object({ ...RecordMeta.shape, ...SoftDelete.shape, ...AttachmentInput.shape });
export type AttachmentKind = z.infer<typeof AttachmentKind>;
export type AttachmentInput = z.input<typeof AttachmentInput>;
export type Attachment = z.infer<typeof Attachment>;
