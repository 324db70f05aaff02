import type { Content } from 'pdfmake/interfaces';
import { robotoCanPrint } from './roboto-coverage';

/**
 * Keeps every string in a document printable with Roboto, so no text turns into empty boxes.
 * Characters the font lacks get a close stand-in (→ becomes ->, full-width and ligature forms
 * their plain letters), emoji are left out, anything else becomes "?".
 */

/** Plain German office text: printed as it is (fast path). */
const COMMON_TEXT = /^[\n\x20-\x7e\xa0-\xac\xae-\u017f\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac]*$/;

const STAND_INS: Readonly<Record<string, string>> = {
  '\t': ' ',
  '\r': '',
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u202f': '\u00a0',
  '\u2012': '–',
  '\u201f': '“',
  '\u2023': '•',
  '\u2024': '.',
  '\u2043': '-',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2713': '√',
  '\u2714': '√',
  '\u2717': 'x',
  '\u2718': 'x',
  '\u2605': '*',
  '\u2606': '*',
  '\u25b6': '>',
  '\u25ba': '>',
  '\u25e6': '○',
};

/** Emoji and their joiners, modifiers and flags: dropped without a trace. */
const EMOJI_PART =
  /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\ufe00-\ufe0f\u20e3]|[\u{e0020}-\u{e007f}])$/u;
const COMBINING_MARK = /\p{M}/gu;
/** Formatting characters nobody sees (and emoji variation selectors): replaced without a warning. */
const isInvisible = (char: string): boolean => {
  const codePoint = char.codePointAt(0)!;
  return (
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    /^[\t\r\u00ad\u200b-\u200d\u2060\ufeff\u2028\u2029\u202f]$/.test(char)
  );
};

const printable = (text: string): boolean => [...text].every((c) => c === '\n' || robotoCanPrint(c.codePointAt(0)!));

function standInFor(char: string): string | undefined {
  const known = STAND_INS[char];
  if (known !== undefined) return known;
  if (EMOJI_PART.test(char)) return '';
  const decomposed = char.normalize('NFKD').replace(COMBINING_MARK, '');
  return decomposed.length > 0 && decomposed !== char && printable(decomposed) ? decomposed : undefined;
}

export interface PrintableText {
  text: string;
  /** The characters that had to be replaced or left out, each once. */
  replaced: string[];
}

export function toPrintableText(input: string): PrintableText {
  if (COMMON_TEXT.test(input)) return { text: input, replaced: [] };
  const replaced = new Set<string>();
  let dropped = false;
  let text = '';
  for (const char of input.normalize('NFC')) {
    if (char === '\n' || robotoCanPrint(char.codePointAt(0)!)) {
      text += char;
      continue;
    }
    const standIn = standInFor(char) ?? '?';
    if (standIn === '') dropped = true;
    if (!isInvisible(char)) replaced.add(char);
    text += standIn;
  }
  if (dropped) text = text.replace(/ {2,}/g, ' ').replace(/ +\n/g, '\n').trim();
  return { text, replaced: [...replaced] };
}

/** How a replaced character is named in a warning: „🎉“ (U+1F389). */
export const describeCharacter = (char: string): string =>
  `„${char}“ (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

type Node = Record<string, unknown>;

/**
 * Replaces, in place, every text of a pdfmake content tree with its printable form and reports
 * the characters replaced. Walks text, stack, columns, lists and table cells.
 */
export function makeContentPrintable(content: Content, onReplaced: (chars: string[]) => void): Content {
  const clean = (value: string): string => {
    const result = toPrintableText(value);
    if (result.replaced.length > 0) onReplaced(result.replaced);
    return result.text;
  };
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return clean(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = visit(node[i]);
      return node;
    }
    if (node === null || typeof node !== 'object') return node;
    const object = node as Node;
    for (const key of ['text', 'stack', 'columns', 'ul', 'ol']) {
      if (key in object) object[key] = visit(object[key]);
    }
    const table = object['table'] as { body?: unknown[][] } | undefined;
    if (table?.body) table.body.forEach((row) => visit(row));
    return object;
  };
  return visit(content) as Content;
}
