import { AttachmentInput, type Attachment } from '../../../../shared/schemas';
import { crud } from '../crud';
import { db } from '../database';

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const attachmentCrud = crud<Attachment, typeof AttachmentInput>(() => db.attachments, AttachmentInput, 'Die Datei');

type NewAttachment = Omit<AttachmentInput, 'size' | 'sha256'>;

/** A file with its size and SHA-256 computed, ready to be stored. */
export type PreparedAttachment = AttachmentInput;

export const attachmentRepo = {
  get: attachmentCrud.get,
  require: attachmentCrud.require,
  remove: attachmentCrud.remove,
  /** Stores a file (immutable: a changed paper is added again) with its size and SHA-256. */
  async add(input: NewAttachment): Promise<Attachment> {
    return attachmentCrud.create(await attachmentRepo.prepare(input));
  },
  /**
   * Size and SHA-256 of a file. Call it before opening a transaction: awaiting crypto.subtle inside
   * one lets IndexedDB commit it early.
   */
  async prepare(input: NewAttachment): Promise<PreparedAttachment> {
    return { ...input, size: input.blob.size, sha256: await sha256Hex(input.blob) };
  },
  /** Stores prepared files in one write; usable inside a larger transaction. */
  addPrepared: (inputs: readonly PreparedAttachment[]): Promise<Attachment[]> => attachmentCrud.bulkCreate(inputs),
  async forMeeting(meetingId: string): Promise<Attachment[]> {
    return (await db.attachments.where('meetingId').equals(meetingId).toArray()).filter((a) => !a.deletedAt);
  },
};
