import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildActionFieldReport,
  buildAgenda,
  buildAttendanceSheet,
  buildInvitation,
  buildMinutes,
  buildTaskOverview,
  type BuiltDocument,
} from '../../shared/documents';
import { DEMO_AS_OF } from '../../renderer/src/features/demo/auenfeld-network';
import {
  actionFieldReportData,
  meetingDocumentData,
  taskOverviewData,
} from '../../renderer/src/features/documents/document-data';
import { loadDemoLenkungskreisMeeting } from './demo-meeting';
import { positionsInOrder, qpdfCheck, renderAndRead, squeeze } from './pdf-tools';

/** The documents of the demo network, read through the repositories as `npm run documents:demo` does. */
describe('documents of the demo network', () => {
  const built = new Map<string, BuiltDocument>();

  beforeAll(async () => {
    const first = await loadDemoLenkungskreisMeeting();
    const meeting = await meetingDocumentData(first.id, DEMO_AS_OF);
    built.set('Einladung', buildInvitation(meeting));
    built.set('Tagesordnung', buildAgenda(meeting));
    built.set('Sitzungsleitung', buildAgenda(meeting, { chairCopy: true }));
    built.set('Anwesenheitsliste', buildAttendanceSheet(meeting));
    built.set('Protokoll', buildMinutes(meeting));
    built.set('Übersicht', buildTaskOverview(await taskOverviewData('body', DEMO_AS_OF)));
    built.set('Sachstandsbericht', buildActionFieldReport(await actionFieldReportData(DEMO_AS_OF, 'Lenkungskreis')));
  }, 60_000);

  it('renders every document type without warnings and passes qpdf', async () => {
    for (const [name, document] of built) {
      expect(document.warnings, name).toEqual([]);
      const pdf = await renderAndRead(document, `demo-${name}`);
      expect(qpdfCheck(pdf.file)).toContain('No syntax or stream encoding errors found');
      expect(pdf.text).not.toContain('\ufffd');
      expect(pdf.pages[0], name).toContain('Seite 1 von');
    }
  });

  it('prints the Lenkungskreis meeting of 18 February 2025 with its agenda, times and approval', async () => {
    const agenda = squeeze((await renderAndRead(built.get('Sitzungsleitung')!, 'demo-zeitplan')).text);
    positionsInOrder(agenda, ['14:00 1 Begrüßung', '2 Genehmigung des Protokolls']);
    const minutes = (await renderAndRead(built.get('Protokoll')!, 'demo-protokoll')).text.replace(/\s+/g, ' ');
    expect(minutes).toContain('Genehmigt am 27.05.2025 in der 2. Sitzung 2025 des Lenkungskreises');
    expect(minutes).toContain('Beschluss B-LK-2025-01');
  });
});
