import { beforeAll, describe, expect, it } from 'vitest';
import { minutesContent } from '../../../../shared/documents';
import { sealMinutes } from '../../../../shared/domain/minutes-fingerprint';
import type { Meeting } from '../../../../shared/schemas';
import { db } from '../../db/database';
import { actionFieldRepo, bodyRepo, meetingRepo, minutesRepo, networkRepo, resultRepo } from '../../db/repos';
import { loadDemoNetwork } from '../demo/auenfeld';
import { DEMO_AS_OF } from '../demo/auenfeld-network';
import { meetingDocumentData } from './document-data';
import { prepareDocument } from './prepare-document';

/** The demo network's documents, prepared as the document menus do. */
describe('prepareDocument', () => {
  let first: Meeting;

  beforeAll(async () => {
    await db.delete();
    await db.open();
    await loadDemoNetwork();
    const network = (await networkRepo.active())!;
    const lenkungskreis = (await bodyRepo.list(network.id)).find((b) => b.kind === 'lenkungskreis')!;
    first = (await meetingRepo.forBody(lenkungskreis.id)).find((m) => m.date === '2025-02-18')!;
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
      await minutesRepo.update(data.minutes!.id, seal);
      expect((await protokoll()).minutesProblem).toBeUndefined();

      const resolution = data.agenda.flatMap((e) => e.results).find((r) => r.kind === 'beschluss')!;
      await resultRepo.update(resolution.id, { text: `${resolution.text} Nachträglich ergänzt.` });
      expect((await protokoll()).minutesProblem).toBe('daten-abweichend');

      // Minutes not (or no longer) approved are drafts: there is nothing to compare them with.
      await minutesRepo.update(data.minutes!.id, { status: 'einwaende' });
      expect((await protokoll()).minutesProblem).toBeUndefined();
    });
  });
});
