import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROBOTO_RANGES } from '../../shared/documents/roboto-coverage';

// fontkit comes with pdfmake (through pdfkit); it reads the character map of the font files.
const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { openSync(file: string): { characterSet: number[] } };
const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');

describe('Roboto coverage table', () => {
  it.each(['Regular', 'Medium', 'Italic', 'MediumItalic'])('matches the glyphs of Roboto-%s', (style) => {
    const characters = new Set(fontkit.openSync(path.join(fontDir, `Roboto-${style}.ttf`)).characterSet);
    const missing = ROBOTO_RANGES.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((c) => !characters.has(c)),
    );
    expect(missing).toEqual([]);
    for (const char of 'äöüÄÖÜß„“‚‘–—…€') expect(characters.has(char.codePointAt(0)!)).toBe(true);
  });
});
