/**
 * Renders every document type from the demo network "Bildungsregion Kreis Auenfeld" into a folder:
 * `npm run documents:demo -- <folder>` (default: documents-demo). The demo network is loaded into
 * an in-memory IndexedDB and the documents are prepared as the app's document menus do.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPdf } from './lib/render-pdf';

const folder = path.resolve(process.argv[2] ?? 'documents-demo');

const { loadDemoNetwork } = await import('../renderer/src/features/demo/auenfeld');
const { DEMO_AS_OF } = await import('../renderer/src/features/demo/auenfeld-network');
const { meetingRepo, networkRepo, bodyRepo } = await import('../renderer/src/db/repos');
const { actionFieldReportOptions, meetingDocumentOptions, taskOverviewOptions } =
  await import('../renderer/src/features/documents/document-jobs');
const { prepareDocument } = await import('../renderer/src/features/documents/prepare-document');

await loadDemoNetwork();
const network = await networkRepo.active();
if (!network) throw new Error('Die Beispieldaten enthalten kein Netzwerk.');
const bodies = await bodyRepo.list(network.id);
mkdirSync(folder, { recursive: true });

const options = [
  ...(await Promise.all(bodies.map((body) => meetingRepo.forBody(body.id))))
    .flat()
    .flatMap((meeting) => meetingDocumentOptions(meeting)),
  ...taskOverviewOptions(),
  ...actionFieldReportOptions(bodies),
];

const written: { file: string; pages: number; warnings: string[] }[] = [];
for (const { job, unavailable } of options) {
  if (unavailable) continue;
  const { definition, warnings, fileName } = await prepareDocument(job, DEMO_AS_OF);
  const pdf = await renderPdf(definition);
  writeFileSync(path.join(folder, fileName), pdf);
  const pages = pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  written.push({ file: fileName, pages, warnings });
}

for (const { file, pages, warnings } of written) {
  console.log(
    `${file} (${pages} ${pages === 1 ? 'Seite' : 'Seiten'})${warnings.map((w) => `\n  Hinweis: ${w}`).join('')}`,
  );
}
console.log(`\n${written.length} Dokumente in ${folder}`);
