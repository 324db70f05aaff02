import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BuiltDocument } from '../../shared/documents';
import { renderPdf } from '../../scripts/lib/render-pdf';

/** Reading rendered PDFs back with poppler-utils and qpdf (installed on the machine). */

const dir = mkdtempSync(path.join(tmpdir(), 'documents-test-'));
let counter = 0;

export interface RenderedPdf {
  file: string;
  /** `pdftotext -layout`, pages separated by form feeds. */
  text: string;
  pages: string[];
  /** `pdftotext -raw` per page, whitespace removed: finds diagonal text such as the watermark. */
  rawPages: string[];
  info: Record<string, string>;
  /** XMP metadata packet (`pdfinfo -meta`). */
  xmp: string;
  /** Rows of `pdffonts` below the header. */
  fonts: string[];
  /** The uncompressed object dump (`qpdf --qdf`), for document-level keys like /Lang. */
  objects: string;
}

const run = (command: string, args: string[]): string =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export async function renderAndRead(built: BuiltDocument, name = 'document'): Promise<RenderedPdf> {
  const file = path.join(dir, `${++counter}-${name}.pdf`);
  writeFileSync(file, await renderPdf(built.definition));
  const text = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  const info = Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
  return {
    file,
    text,
    pages: text.split('\f').slice(0, Number(info['Pages'])),
    rawPages: run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])
      .split('\f')
      .slice(0, Number(info['Pages']))
      .map((page) => page.replace(/\s+/g, '')),
    info,
    xmp: run('pdfinfo', ['-meta', file]),
    fonts: run('pdffonts', [file]).split('\n').slice(2).filter(Boolean),
    objects: execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-']).toString('latin1'),
  };
}

/** `qpdf --check`: exit code 0 and no warnings. */
export function qpdfCheck(file: string): string {
  return run('qpdf', ['--check', file]);
}

/** Collapses the layout's runs of spaces, so phrases can be found across column gaps. */
export const squeeze = (text: string): string => text.replace(/[ \t]+/g, ' ');

/** Asserts that the phrases appear in this order; returns the positions. */
export function positionsInOrder(text: string, phrases: readonly string[]): number[] {
  let from = 0;
  return phrases.map((phrase) => {
    const at = text.indexOf(phrase, from);
    if (at === -1) throw new Error(`„${phrase}“ fehlt oder steht nicht nach dem vorigen Text.`);
    from = at + phrase.length;
    return at;
  });
}
