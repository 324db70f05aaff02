import { AttachmentInput, type Attachment } from '../../../../shared/schemas';
import { crud } from '../crud';
import { db } from '../database';

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const attachmentCrud = crud<Attachment, typeof AttachmentInput>(() => db.attachments, AttachmentInput, 'Die Datei');

export const attachmentRepo = {
  get: attachmentCrud.get,
  require: attachmentCrud.require,
  remove: attachmentCrud.remove,
  /** Stores a file (immutable: a changed paper is added again) with its size and SHA-256. */
  async add(input: Omit<AttachmentInput, 'size' | 'sha256'>): Promise<Attachment> {
    return attachmentCrud.create({ ...input, size: input.blob.size, sha256: await sha256Hex(input.blob) });
  },
  async forMeeting(meetingId: string): Promise<Attachment[]> {
    return (await db.attachments.where('meetingId').equals(meetingId).toArray()).filter((a) => !a.deletedAt);
  },
};
