import { describe, expect, it } from 'vitest';
import { richTextBlocks } from './rich-text';

describe('rich text in documents', () => {
  it('renders paragraphs with marks, line breaks and lists', () => {
    const blocks = richTextBlocks({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Frau Hollmann erläutert die ' },
            { type: 'text', text: 'Maßnahmen', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'für 2025.', marks: [{ type: 'italic' }, { type: 'underline' }] },
          ],
        },
        { type: 'paragraph' },
        {
          type: 'orderedList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Erstens' }] }] },
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Zweitens' }] },
                {
                  type: 'bulletList',
                  content: [
                    { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toEqual({
      text: [
        'Frau Hollmann erläutert die ',
        { text: 'Maßnahmen', bold: true },
        '\n',
        { text: 'für 2025.', italics: true, decoration: 'underline' },
      ],
      style: 'paragraph',
    });
    const list = blocks[1] as { ol: { stack: { text?: unknown; ul?: unknown }[] }[] };
    expect(list.ol).toHaveLength(2);
    expect(list.ol[1]!.stack[1]!.ul).toBeDefined();
  });

  it('returns nothing for missing or empty notes', () => {
    expect(richTextBlocks(undefined)).toEqual([]);
    expect(richTextBlocks({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual([]);
  });
});
