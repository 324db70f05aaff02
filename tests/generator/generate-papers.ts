import { vorlageLabel } from '../../shared/domain/numbering';
import { attachmentRepo, type PreparedAttachment } from '../../renderer/src/db/repos';
import { minimalPdf } from '../../renderer/src/features/demo/minimal-pdf';
import type { AgendaEntry } from './generate-agenda';
import type { Random } from './random';

/** Keeps a batch of papers (hashed, then written together) to about this many bytes. */
const BATCH_BYTES = 32 * 1024 * 1024;

/**
 * `count` Vorlagen on topical items of meetings whose invitation went out, numbered per body and
 * year in date order. Each is a valid PDF of at least `bytes` bytes, hashed before its batch is
 * written, so large papers never sit in memory all at once.
 */
export async function generatePapers(
  rng: Random,
  entries: readonly AgendaEntry[],
  count: number,
  bytes: number,
): Promise<void> {
  const candidates = entries.filter(
    ({ item, scheduled }) =>
      item.parentId === undefined &&
      item.kind !== 'formalia' &&
      item.kind !== 'verschiedenes' &&
      scheduled.meeting.invitationSentOn,
  );
  if (candidates.length < count) throw new Error(`only ${candidates.length} agenda items can carry papers`);
  const chosen = rng
    .sample(candidates, count)
    .sort(
      (a, b) => a.scheduled.meeting.date.localeCompare(b.scheduled.meeting.date) || a.item.position - b.item.position,
    );

  const numbers = new Map<string, number>();
  const batchSize = Math.max(1, Math.min(50, Math.floor(BATCH_BYTES / bytes)));
  for (let start = 0; start < chosen.length; start += batchSize) {
    const batch: PreparedAttachment[] = [];
    for (const { item, scheduled } of chosen.slice(start, start + batchSize)) {
      const { body, meeting } = scheduled;
      const series = `${body.code}|${meeting.year}`;
      const sequence = (numbers.get(series) ?? 0) + 1;
      numbers.set(series, sequence);
      const label = vorlageLabel(body.code, sequence, meeting.year);
      const blob = new Blob([minimalPdf([label, item.title, body.name], bytes)], { type: 'application/pdf' });
      batch.push(
        await attachmentRepo.prepare({
          kind: 'vorlage',
          meetingId: meeting.id,
          agendaItemId: item.id,
          bodyId: body.id,
          year: meeting.year,
          sequence,
          label,
          title: item.title,
          fileName: `Vorlage_${body.code}-${String(sequence).padStart(2, '0')}-${meeting.year}.pdf`,
          mimeType: 'application/pdf',
          blob,
        }),
      );
    }
    await attachmentRepo.addPrepared(batch);
  }
}
