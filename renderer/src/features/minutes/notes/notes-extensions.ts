import type { Extensions, JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { RichText } from '../../../../../shared/schemas';
import { ValidationError } from '../../../db/errors';

/**
 * The editor knows exactly what the minutes can store and print: paragraphs, bullet and numbered
 * lists, line breaks, bold, italic and underline (shortcuts Strg+B/I/U, Strg+Umschalt+8/7). Pasted
 * headings, quotes, code or links arrive as plain paragraphs.
 */
export const NOTES_EXTENSIONS: Extensions = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    link: false,
    strike: false,
    dropcursor: false,
  }),
];

/** The editor's document as stored notes: validated rich text, or none when it is empty. */
export function notesFromEditor(json: JSONContent | undefined): RichText | undefined {
  if (!json) return undefined;
  const parsed = RichText.safeParse(json);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return parsed.data;
}
