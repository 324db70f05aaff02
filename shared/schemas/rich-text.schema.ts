import { z } from 'zod';

/**
 * Short formatted text (paragraphs, lists, bold, italic) as a ProseMirror/TipTap JSON tree.
 * Kept to the node and mark types the PDF builder can render.
 */
export const RichTextMark = z.object({ type: z.enum(['bold', 'italic', 'underline']) });

export type RichTextNode = {
  type: 'doc' | 'paragraph' | 'text' | 'bulletList' | 'orderedList' | 'listItem' | 'hardBreak';
  text?: string;
  marks?: { type: 'bold' | 'italic' | 'underline' }[];
  content?: RichTextNode[];
};

export const RichTextNode: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.enum(['doc', 'paragraph', 'text', 'bulletList', 'orderedList', 'listItem', 'hardBreak']),
    text: z.string().max(200_000).optional(),
    marks: z.array(RichTextMark).optional(),
    content: z.array(RichTextNode).optional(),
  }),
);

export const RichText = RichTextNode.refine((n) => n.type === 'doc', { error: 'Ungültiger Text.' });
export type RichText = RichTextNode;

export const emptyRichText = (): RichText => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/** Plain paragraphs as rich text (imported or generated notes). */
export const richTextFromParagraphs = (paragraphs: readonly string[]): RichText => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** Plain text of a rich text tree: paragraphs and list items on their own lines. */
export function richTextToPlain(node: RichTextNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(richTextToPlain);
  const blockJoin = node.type === 'doc' || node.type.endsWith('List') || node.type === 'listItem';
  return inner.join(blockJoin ? '\n' : '');
}
