import { nextVorlageSequence, vorlageLabel, vorlageNumberConflict } from '../../../../shared/domain/numbering';
import { AttachmentInput, type Attachment, type AttachmentKind } from '../../../../shared/schemas';
import { db } from '../database';
import { ValidationError } from '../errors';
import { nowIso, parseOrThrow } from '../record';
import { attachmentRepo } from './attachment.repo';
import { bodyRepo } from './directory/body.repo';
import { meetingRepo } from './meeting.repo';
import { writeMinutesContent } from './minutes-lock';
import { restoreRecords } from './restore';

export type NewPaper = {
  meetingId: string;
  agendaItemId?: string;
  kind: Exclude<AttachmentKind, 'logo'>;
  title?: string;
  /** For a Vorlage: its number in the body's year ("Vorlage LK-03/2026"); the next free one if not given. */
  sequence?: number;
  fileName: string;
  mimeType: string;
  blob: Blob;
};

const TABLES = () => [db.attachments, db.meetings, db.bodies, db.agendaItems];

/** Every numbered paper of a body's year, deleted ones too: a printed number is never given again. */
const seriesOf = (bodyId: string, year: number): Promise<Attachment[]> =>
  db.attachments.where('[bodyId+year]').equals([bodyId, year]).toArray();

async function checkNumber(candidate: { id: string; bodyId: string; year: number; sequence: number }, code: string) {
  const conflict = vorlageNumberConflict(candidate, await seriesOf(candidate.bodyId, candidate.year), code);
  if (conflict) throw ValidationError.single('sequence', conflict);
}

async function checkItem(meetingId: string, agendaItemId: string | undefined): Promise<void> {
  if (agendaItemId === undefined) return;
  const item = await db.agendaItems.get(agendaItemId);
  if (!item || item.deletedAt || item.meetingId !== meetingId) {
    throw ValidationError.single('agendaItemId', 'Der Tagesordnungspunkt wurde nicht gefunden.');
  }
}

/**
 * A change to one stored paper, refused once the minutes of its meeting are approved: the papers
 * are the minutes' enclosures.
 */
async function inPapersOf(id: string, write: () => Promise<unknown>): Promise<void> {
  const paper = await db.attachments.get(id);
  await writeMinutesContent([paper?.meetingId], TABLES(), write);
}

/** Papers (Vorlagen, Anlagen, Tischvorlagen) of a meeting or one of its items; fixed once the minutes are approved. */
export const paperRepo = {
  /** The number a new Vorlage of the meeting's body and year gets. */
  async nextSequence(meetingId: string): Promise<number> {
    const meeting = await meetingRepo.require(meetingId);
    return nextVorlageSequence(await seriesOf(meeting.bodyId, meeting.year), meeting.bodyId, meeting.year);
  },

  /**
   * Stores a file as a paper. A Vorlage is numbered per body and year; a number already given is
   * refused with the next free one named. Size and type are checked by the attachment schema.
   */
  async add(paper: NewPaper): Promise<Attachment> {
    const { sequence, ...file } = paper;
    // Hashing awaits crypto.subtle: it must happen before the transaction opens.
    const prepared = await attachmentRepo.prepare(file);
    return writeMinutesContent([paper.meetingId], TABLES(), async () => {
      const meeting = await meetingRepo.require(paper.meetingId);
      const body = await bodyRepo.require(meeting.bodyId);
      await checkItem(meeting.id, paper.agendaItemId);
      let numbered = {};
      if (paper.kind === 'vorlage') {
        const series = await seriesOf(body.id, meeting.year);
        const number = sequence ?? nextVorlageSequence(series, body.id, meeting.year);
        await checkNumber({ id: '', bodyId: body.id, year: meeting.year, sequence: number }, body.code);
        numbered = { year: meeting.year, sequence: number, label: vorlageLabel(body.code, number, meeting.year) };
      }
      // Validated here, so a refusal names the field ("size"), not the row of a bulk write.
      const input = parseOrThrow(AttachmentInput, { ...prepared, bodyId: body.id, ...numbered });
      const [stored] = await attachmentRepo.addPrepared([input]);
      return stored!;
    });
  },

  /** Takes a paper off the meeting; it stays stored, so "Rückgängig" can bring it back. */
  remove: (id: string): Promise<void> => inPapersOf(id, () => attachmentRepo.remove(id)),
  restore: (id: string): Promise<void> => inPapersOf(id, () => restoreRecords(db.attachments, [id])),

  /** Gives a Vorlage another number (the file itself never changes). */
  async renumber(id: string, sequence: number): Promise<void> {
    await inPapersOf(id, async () => {
      const paper = await attachmentRepo.require(id);
      if (paper.bodyId === undefined || paper.year === undefined) {
        throw ValidationError.single('sequence', 'Nur Vorlagen tragen eine Nummer.');
      }
      if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
        throw ValidationError.single('sequence', 'Die Nummer ist eine ganze Zahl von 1 bis 999.');
      }
      const body = await bodyRepo.require(paper.bodyId);
      await checkNumber({ id, bodyId: paper.bodyId, year: paper.year, sequence }, body.code);
      await db.attachments.update(id, {
        sequence,
        label: vorlageLabel(body.code, sequence, paper.year),
        updatedAt: nowIso(),
      });
    });
  },
};
