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
import { qpdfCheck, renderAndRead, type RenderedPdf } from './pdf-tools';
import { network, sampleActionFieldReport, sampleMeeting, sampleTaskOverview } from './sample-data';

const meeting = sampleMeeting();
const DOCUMENTS: [name: string, build: () => BuiltDocument, title: string][] = [
  ['Einladung', () => buildInvitation(meeting), 'Einladung zur 1. Sitzung 2025 des Lenkungskreises'],
  ['Tagesordnung', () => buildAgenda(meeting), 'Tagesordnung der 1. Sitzung 2025 des Lenkungskreises'],
  [
    'Exemplar der Sitzungsleitung',
    () => buildAgenda(meeting, { chairCopy: true }),
    'Tagesordnung der 1. Sitzung 2025 des Lenkungskreises',
  ],
  [
    'Anwesenheitsliste',
    () => buildAttendanceSheet(meeting),
    'Anwesenheitsliste der 1. Sitzung 2025 des Lenkungskreises',
  ],
  ['Protokoll', () => buildMinutes(meeting), 'Protokoll der 1. Sitzung 2025 des Lenkungskreises'],
  [
    'Aufgaben- und Beschlussübersicht',
    () => buildTaskOverview(sampleTaskOverview()),
    'Aufgaben- und Beschlussübersicht, Stand 03.03.2025',
  ],
  [
    'Sachstandsbericht',
    () => buildActionFieldReport(sampleActionFieldReport()),
    'Sachstandsbericht Handlungsfelder, Stand 03.03.2025',
  ],
];

describe.each(DOCUMENTS)('%s as an archival PDF', (name, build, title) => {
  let pdf: RenderedPdf;
  let built: BuiltDocument;
  beforeAll(async () => {
    built = build();
    pdf = await renderAndRead(built, name);
  });

  it('is A4 with title, author, subject, creator and language de-DE', () => {
    expect(pdf.info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pdf.info['Title']).toBe(title);
    expect(pdf.info['Author']).toBe(network.name);
    expect(pdf.info['Subject']).not.toBe('');
    expect(pdf.info['Creator']).toBe('Bildungsbüro Desk');
    expect(pdf.info['Keywords']).not.toBe('');
    expect(pdf.objects).toContain('/Lang (de-DE)');
  });

  it('identifies itself as PDF/A-2b and is not marked as tagged', () => {
    expect(pdf.xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(pdf.xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(pdf.objects).toContain('/OutputIntents');
    expect(pdf.info['PDF version']).toBe('1.7');
    expect(pdf.info['Tagged']).toBe('no');
  });

  it('embeds every font (Roboto subsets)', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const row of pdf.fonts) {
      expect(row).toMatch(/Roboto/);
      expect(row.split(/\s+/).slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
    }
  });

  it('numbers every page "Seite x von y"', () => {
    const pages = Number(pdf.info['Pages']);
    expect(pdf.pages).toHaveLength(pages);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Seite ${i + 1} von ${pages}`));
  });

  it('carries the letterhead and prints German text without replacement characters', () => {
    expect(pdf.pages[0]!.replace(/\s+/g, ' ')).toContain('Regionales Bildungsnetzwerk Bildungsregion Kreis Auenfeld');
    expect(pdf.text).toMatch(/[äöüß]/);
    expect(pdf.text).not.toContain('\ufffd');
    expect(built.warnings).toEqual([]);
  });

  it('passes qpdf --check', () => {
    expect(qpdfCheck(pdf.file)).toContain('No syntax or stream encoding errors found');
  });
});
