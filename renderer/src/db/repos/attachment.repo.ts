import { sha256Hex as sha256OfBytes } from '../../../../shared/domain/sha256';
import { AttachmentInput, type Attachment } from '../../../../shared/schemas';
import { crud } from '../crud';
import { db } from '../database';

export const sha256Hex = async (blob: Blob): Promise<string> => sha256OfBytes(new Uint8Array(await blob.arrayBuffer()));

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
