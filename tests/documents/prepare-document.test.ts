import { beforeAll, describe, expect, it } from 'vitest';
import { minutesContent } from '../../shared/documents';
import { sealMinutes } from '../../shared/domain/minutes-fingerprint';
import type { Meeting } from '../../shared/schemas';
import { actionFieldRepo } from '../../renderer/src/db/repos';
import { DEMO_AS_OF } from '../../renderer/src/features/demo/auenfeld-network';
import { meetingDocumentData } from '../../renderer/src/features/documents/document-data';
import { checkApprovedMinutes } from '../../renderer/src/features/documents/minutes-check';
import { prepareDocument } from '../../renderer/src/features/documents/prepare-document';
import { loadDemoLenkungskreisMeeting } from './demo-meeting';

/** The demo network's documents, prepared as the document menus do. */
describe('prepareDocument', () => {
  let first: Meeting;

  beforeAll(async () => {
    first = await loadDemoLenkungskreisMeeting();
  }, 60_000);

  it('names meeting documents by date, body and kind', async () => {
    const invitation = await prepareDocument({ kind: 'einladung', meetingId: first.id }, DEMO_AS_OF);
    expect(invitation.fileName).toBe('2025-02-18_Lenkungskreis_Einladung.pdf');
    expect(invitation.definition.info?.title).toMatch(/Einladung/);
    expect(invitation.minutesProblem).toBeUndefined();
    const chairCopy = await prepareDocument({ kind: 'tagesordnung-sitzungsleitung', meetingId: first.id }, DEMO_AS_OF);
    expect(chairCopy.fileName).toBe('2025-02-18_Lenkungskreis_Tagesordnung_Sitzungsleitung.pdf');
  });

  it('names the reports by the date issued and their grouping or addressee', async () => {
    const byField = await prepareDocument({ kind: 'aufgabenuebersicht', groupBy: 'actionField' }, DEMO_AS_OF);
    expect(byField.fileName).toBe(
      '2026-11-27_Kreis-Auenfeld-nach-Handlungsfeldern_Aufgaben-und-Beschlussuebersicht.pdf',
    );
    const report = await prepareDocument({ kind: 'sachstandsbericht', audience: 'Lenkungskreis' }, DEMO_AS_OF);
    expect(report.fileName).toBe('2026-11-27_Lenkungskreis_Sachstandsbericht_Handlungsfelder.pdf');
    expect(report.definition.info?.subject).toContain('Lenkungskreis');
  });

  describe('approved minutes', () => {
    const protokoll = () => prepareDocument({ kind: 'protokoll', meetingId: first.id }, DEMO_AS_OF);

    it('say when no fingerprint was stored at approval (the demo approves without one)', async () => {
      const prepared = await protokoll();
      expect(prepared.fileName).toBe('2025-02-18_Lenkungskreis_Protokoll.pdf');
      expect(prepared.minutesProblem).toBe('kein-fingerabdruck');
    });

    it('print without a problem while the records match the sealed content, and warn once they do not', async () => {
      const data = await meetingDocumentData(first.id, DEMO_AS_OF);
      const fields = await actionFieldRepo.list(data.body.networkId);
      const seal = await sealMinutes(minutesContent(data, new Map(fields.map((f) => [f.id, f.title]))));
      const sealed = { ...data, minutes: { ...data.minutes!, ...seal } };
      expect(await checkApprovedMinutes(sealed)).toBeUndefined();

      const edited = sealed.agenda.map((entry) => ({
        ...entry,
        results: entry.results.map((r) => (r.kind === 'beschluss' ? { ...r, text: `${r.text} Ergänzt.` } : r)),
      }));
      expect(await checkApprovedMinutes({ ...sealed, agenda: edited })).toBe('daten-abweichend');

      const tampered = {
        ...sealed.minutes,
        approvedContent: sealed.minutes.approvedContent.replace('Lenkungskreis', 'LK'),
      };
      expect(await checkApprovedMinutes({ ...sealed, minutes: tampered })).toBe('gespeicherte-fassung-veraendert');

      // Minutes not (or no longer) approved are drafts: there is nothing to compare them with.
      expect(
        await checkApprovedMinutes({ ...sealed, agenda: edited, minutes: { ...sealed.minutes, status: 'einwaende' } }),
      ).toBeUndefined();
    });
  });
});
