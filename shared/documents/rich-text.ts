import type { Content, ContentText } from 'pdfmake/interfaces';
import type { RichTextNode } from '../schemas';

type Inline = string | ContentText;

function inlines(node: RichTextNode): Inline[] {
  if (node.type === 'hardBreak') return ['\n'];
  if (node.type === 'text') {
    const text = node.text ?? '';
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    if (marks.size === 0) return [text];
    return [
      {
        text,
        ...(marks.has('bold') ? { bold: true } : {}),
        ...(marks.has('italic') ? { italics: true } : {}),
        ...(marks.has('underline') ? { decoration: 'underline' as const } : {}),
      },
    ];
  }
  return (node.content ?? []).flatMap(inlines);
}

const isBlank = (parts: Inline[]): boolean =>
  parts.every((part) => (typeof part === 'string' ? part : String(part.text)).trim() === '');

function blocks(node: RichTextNode): Content[] {
  switch (node.type) {
    case 'doc':
      return (node.content ?? []).flatMap(blocks);
    case 'paragraph': {
      const parts = inlines(node);
      return isBlank(parts) ? [] : [{ text: parts, style: 'paragraph' }];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((item) => ({ stack: blocks(item) }));
      if (items.length === 0) return [];
      const list = node.type === 'bulletList' ? { ul: items } : { ol: items };
      return [{ ...list, margin: [0, 0, 0, 6] }];
    }
    case 'listItem':
      // Paragraphs inside list items carry no extra spacing, nested lists indent by themselves.
      return (node.content ?? [])
        .flatMap(blocks)
        .map((block) => ({ ...(block as object), margin: [0, 0, 0, 2] }) as Content);
    default:
      return [{ text: inlines(node), style: 'paragraph' }];
  }
}

/**
 * Minutes notes (ProseMirror/TipTap JSON) as pdfmake blocks: paragraphs, bullet and numbered
 * lists (nested), bold, italic, underline and line breaks. Empty paragraphs are left out.
 */
export const richTextBlocks = (doc: RichTextNode | undefined): Content[] => (doc ? blocks(doc) : []);
