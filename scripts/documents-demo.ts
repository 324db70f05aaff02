/**
 * Renders every document type from the demo network "Bildungsregion Kreis Auenfeld" into a folder:
 * `npm run documents:demo -- <folder>` (default: documents-demo). The demo network is loaded into
 * an in-memory IndexedDB and read back through the repositories, as the app does.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildActionFieldReport,
  buildAgenda,
  buildAttendanceSheet,
  buildInvitation,
  buildMinutes,
  buildTaskOverview,
  documentFileName,
  type BuiltDocument,
  type DocumentKind,
} from '../shared/documents';
import { renderPdf } from './lib/render-pdf';

const folder = path.resolve(process.argv[2] ?? 'documents-demo');

const { loadDemoNetwork } = await import('../renderer/src/features/demo/auenfeld');
const { DEMO_AS_OF } = await import('../renderer/src/features/demo/auenfeld-network');
const { meetingRepo, networkRepo, bodyRepo } = await import('../renderer/src/db/repos');
const documents = await import('../renderer/src/features/documents/document-data');

await loadDemoNetwork();
const network = await networkRepo.active();
if (!network) throw new Error('Die Beispieldaten enthalten kein Netzwerk.');
mkdirSync(folder, { recursive: true });

const written: { file: string; pages: number; warnings: string[] }[] = [];

async function write(fileName: string, built: BuiltDocument): Promise<void> {
  const pdf = await renderPdf(built.definition);
  writeFileSync(path.join(folder, fileName), pdf);
  const pages = pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  written.push({ file: fileName, pages, warnings: built.warnings });
}

const MEETING_DOCUMENTS: [
  DocumentKind,
  (data: Awaited<ReturnType<typeof documents.meetingDocumentData>>) => BuiltDocument,
][] = [
  ['einladung', buildInvitation],
  ['tagesordnung', (data) => buildAgenda(data)],
  ['tagesordnung-sitzungsleitung', (data) => buildAgenda(data, { chairCopy: true })],
  ['anwesenheitsliste', buildAttendanceSheet],
  ['protokoll', buildMinutes],
];

for (const body of await bodyRepo.list(network.id)) {
  for (const meeting of await meetingRepo.forBody(body.id)) {
    if (meeting.status === 'abgesagt') continue;
    const data = await documents.meetingDocumentData(meeting.id, DEMO_AS_OF);
    for (const [kind, build] of MEETING_DOCUMENTS) {
      if (kind === 'protokoll' && meeting.date > DEMO_AS_OF) continue;
      await write(documentFileName(meeting.date, body.name, kind), build(data));
    }
  }
}
for (const groupBy of ['body', 'actionField'] as const) {
  const by = groupBy === 'body' ? 'nach Gremien' : 'nach Handlungsfeldern';
  const data = await documents.taskOverviewData(groupBy, DEMO_AS_OF);
  await write(documentFileName(DEMO_AS_OF, `${network.region} ${by}`, 'aufgabenuebersicht'), buildTaskOverview(data));
}
const report = await documents.actionFieldReportData(DEMO_AS_OF, 'Lenkungskreis');
await write(documentFileName(DEMO_AS_OF, network.region, 'sachstandsbericht'), buildActionFieldReport(report));

for (const { file, pages, warnings } of written) {
  console.log(
    `${file} (${pages} ${pages === 1 ? 'Seite' : 'Seiten'})${warnings.map((w) => `\n  Hinweis: ${w}`).join('')}`,
  );
}
console.log(`\n${written.length} Dokumente in ${folder}`);
