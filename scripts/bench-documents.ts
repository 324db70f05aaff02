/**
 * Benchmark of the document builders with pdfmake in Node: prints JSON and fails when a target is
 * missed. `npm run bench:documents`
 *
 * - minutes of a meeting with 40 items, 60 attendees and 80 tasks: median of 5 ≤ 1.0 s
 * - action-field report with 30 fields and 200 measures: median of 5 ≤ 3 s
 * - 10× the minutes' content costs at most 12× the time
 */
import os from 'node:os';
import type { BuiltDocument } from '../shared/documents';
import { buildActionFieldReport, buildMinutes } from '../shared/documents';
import { largeActionFieldReport, largeMeeting } from '../tests/documents/large-data';
import { renderPdf } from './lib/render-pdf';

const RUNS = 5;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Building the definition and rendering the PDF, as the app does for every document. */
async function measure(build: () => BuiltDocument) {
  const pdf = await renderPdf(build().definition); // warm-up: fonts, code paths
  const runsMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await renderPdf(build().definition);
    runsMs.push(Math.round(performance.now() - start));
  }
  return { pages: countPages(pdf), bytes: pdf.length, medianMs: median(runsMs), runsMs };
}

/** Page objects of a pdfkit file (written without object streams). */
const countPages = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

const minutesSize = { items: 40, attendees: 60, tasks: 80 };
const minutesData = largeMeeting(minutesSize);
const minutes = await measure(() => buildMinutes(minutesData));

const reportSize = { fields: 30, measures: 200 };
const reportData = largeActionFieldReport(reportSize);
const report = await measure(() => buildActionFieldReport(reportData));

const tenfoldData = largeMeeting({ items: 400, attendees: 600, tasks: 800 });
const tenfold = await measure(() => buildMinutes(tenfoldData));
const ratio = Math.round((tenfold.medianMs / minutes.medianMs) * 100) / 100;

const result = {
  node: process.version,
  cpus: os.cpus().length,
  runs: RUNS,
  minutes: { ...minutesSize, ...minutes, targetMs: 1000, ok: minutes.medianMs <= 1000 },
  actionFieldReport: { ...reportSize, ...report, targetMs: 3000, ok: report.medianMs <= 3000 },
  scaling: {
    factor: 10,
    minutesMedianMs: minutes.medianMs,
    tenfoldMedianMs: tenfold.medianMs,
    tenfoldRunsMs: tenfold.runsMs,
    ratio,
    maxRatio: 12,
    ok: ratio <= 12,
  },
};
console.log(JSON.stringify(result, null, 2));
if (!result.minutes.ok || !result.actionFieldReport.ok || !result.scaling.ok) process.exitCode = 1;
