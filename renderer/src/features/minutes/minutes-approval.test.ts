import { beforeEach, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../../shared/documents';
import { formatFingerprint, sealMinutes } from '../../../../shared/domain/minutes-fingerprint';
import { sha256Hex } from '../../../../shared/domain/sha256';
import { richTextFromParagraphs } from '../../../../shared/schemas';
import { renderAndRead } from '../../../../tests/documents/pdf-tools';
import { db } from '../../db/database';
import { agendaRepo, minutesRepo, resultRepo, taskRepo } from '../../db/repos';
import { meetingWithMinutes } from '../../db/repos/minutes-fixture';
import { meetingDocumentData } from '../documents/document-data';
import { approveMinutes, verifyMinutes } from './minutes-approval';
import { loadMinutesContent } from './minutes-content';

const TODAY = '2026-06-10';
let setup: Awaited<ReturnType<typeof meetingWithMinutes>>;

beforeEach(async () => {
  setup = await meetingWithMinutes();
  const { meeting, items, lk } = setup;
  const base = { meetingId: meeting.id, agendaItemId: items[0]!.id };
  await agendaRepo.saveNotes(items[0]!.id, richTextFromParagraphs(['Frau Vos stellt die Termine vor.']), 0);
  await resultRepo.record({ ...base, kind: 'beschluss', text: 'Der Lenkungskreis beschließt die Jahresplanung.' });
  await taskRepo.create({
    ...base,
    ownerKind: 'body',
    ownerBodyId: lk.id,
    title: 'Termine versenden',
    dueDate: '2026-04-01',
  });
  await minutesRepo.changeStatus(meeting.id, { to: 'versandt', sentOn: '2026-03-20' });
});

const fingerprintNow = async () => (await sealMinutes(await loadMinutesContent(setup.meeting.id, TODAY))).fingerprint;

describe('the minutes content assembled from the stored records', () => {
  it('gives the same fingerprint for the same records, and another once one note changes', async () => {
    const { items } = setup;
    const content = await loadMinutesContent(setup.meeting.id, TODAY);
    expect(content.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Jahresplanung'],
      ['2', 'Bildungsbericht'],
    ]);
    expect(content.items[0]).toMatchObject({
      results: [{ kind: 'beschluss', label: 'B-LK-2026-01' }],
      tasks: [{ title: 'Termine versenden', owner: 'Lenkungskreis' }],
    });
    expect(content.attendance.map((a) => a.status)).toEqual(['anwesend', 'anwesend', 'vertreten', 'entschuldigt']);

    const before = await fingerprintNow();
    expect(await fingerprintNow()).toBe(before);
    const stored = await agendaRepo.require(items[0]!.id);
    await agendaRepo.saveNotes(
      items[0]!.id,
      richTextFromParagraphs(['Frau Vos stellt die Termine vor!']),
      stored.revision,
    );
    expect(await fingerprintNow()).not.toBe(before);
  });
});

describe('approval seals the minutes', () => {
  it('stores the canonical content and its SHA-256, and verifies against the current records', async () => {
    const { meeting, nextMeeting } = setup;
    const change = { to: 'genehmigt' as const, approvedOn: '2026-06-09', approvedInMeetingId: nextMeeting.id };
    const approved = await approveMinutes(meeting.id, change, TODAY);
    expect(approved.fingerprint).toBe(await sha256Hex(approved.approvedContent!));
    expect(approved.fingerprint).toBe(await fingerprintNow());
    expect(await verifyMinutes(approved, TODAY)).toEqual({ ok: true });

    // Changed behind the app's back (the repositories refuse it): the check says so.
    const result = (await resultRepo.forMeeting(meeting.id))[0]!;
    await db.results.update(result.id, { text: 'Anders beschlossen.' });
    expect(await verifyMinutes(approved, TODAY)).toMatchObject({ ok: false, reason: 'daten-abweichend' });
    const tampered = { ...approved, approvedContent: approved.approvedContent!.replace('Jahresplanung', 'Planung') };
    expect(await verifyMinutes(tampered, TODAY)).toMatchObject({
      ok: false,
      reason: 'gespeicherte-fassung-veraendert',
    });
  });

  it('prints the fingerprint in the approved minutes, without the draft watermark', async () => {
    const { meeting, nextMeeting } = setup;
    const approved = await approveMinutes(
      meeting.id,
      { to: 'genehmigt', approvedOn: '2026-06-09', approvedInMeetingId: nextMeeting.id },
      TODAY,
    );
    const pdf = await renderAndRead(buildMinutes(await meetingDocumentData(meeting.id, TODAY)), 'protokoll');
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Genehmigt am 09.06.2026 in der 2. Sitzung 2026 des Lenkungskreises');
    expect(text.replace(/\s/g, '')).toContain(`SHA-256${formatFingerprint(approved.fingerprint!).replace(/\s/g, '')}`);
    expect(pdf.rawPages.join('')).not.toContain('ENTWURF');
  });
});
