import { describe, expect, it } from 'vitest';
import { makeContentPrintable, toPrintableText } from './safe-text';

describe('printable text in Roboto', () => {
  it('keeps German and other Latin text, typographic quotes, dashes, € and …', () => {
    const text = 'Größe „Übergänge“ – ‚gut‘ — 1.200 € … Ayşe Aydın, Łódź, Ærø, Ő ẞ ©';
    expect(toPrintableText(text)).toEqual({ text, replaced: [] });
  });

  it('drops emoji with their modifiers and joiners, and tidies the spaces', () => {
    expect(toPrintableText('Fest 🎉 am Freitag 👍🏽 mit 👨‍👩‍👧 Familien ❤️')).toEqual({
      text: 'Fest am Freitag mit Familien',
      replaced: ['🎉', '👍', '🏽', '👨', '👩', '👧', '❤'],
    });
  });

  it('finds stand-ins: arrows, check marks, ligatures, full-width letters, decomposed accents', () => {
    expect(toPrintableText('A → B ✓ ﬀ ＡＢ ①').text).toBe('A -> B √ ff AB 1');
    expect(toPrintableText('Cafe\u0301').text).toBe('Café');
    expect(toPrintableText('Soft\u00adhyphen\u200b').text).toBe('Softhyphen');
  });

  it('prints "?" for characters with no stand-in and reports them', () => {
    expect(toPrintableText('北京 und \ufffd')).toEqual({ text: '?? und ?', replaced: ['北', '京', '\ufffd'] });
  });

  it('cleans every text in a content tree: text, inlines, stacks, columns, lists and table cells', () => {
    const seen: string[] = [];
    const content = makeContentPrintable(
      [
        'a 🎉',
        { text: ['b ', { text: '→', bold: true }] },
        { stack: [{ columns: [{ text: '北' }] }] },
        { ul: ['✓'] },
        { table: { body: [[{ text: 'ﬀ' }, 'ok']] } },
        { image: 'data:image/png;base64,→' },
      ],
      (chars) => seen.push(...chars),
    );
    expect(content).toEqual([
      'a',
      { text: ['b ', { text: '->', bold: true }] },
      { stack: [{ columns: [{ text: '?' }] }] },
      { ul: ['√'] },
      { table: { body: [[{ text: 'ff' }, 'ok']] } },
      { image: 'data:image/png;base64,→' },
    ]);
    expect(seen).toEqual(['🎉', '→', '北', '✓', 'ﬀ']);
  });
});
