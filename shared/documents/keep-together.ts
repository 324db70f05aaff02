import type { Content } from 'pdfmake/interfaces';

/** Up to this much text a block is kept on one page with its heading (well below a page). */
const MAX_KEPT_CHARACTERS = 900;
const MAX_KEPT_LIST_ITEMS = 10;
const ROW_ALLOWANCE = 80;

/** Rough amount of text in a content tree, to tell short blocks from long ones. */
export function textLength(node: unknown): number {
  if (typeof node === 'string') return node.length;
  if (Array.isArray(node)) return node.reduce((sum: number, child) => sum + textLength(child), 0);
  if (node === null || typeof node !== 'object') return 0;
  const object = node as Record<string, unknown>;
  const table = object['table'] as { body: unknown[][] } | undefined;
  // Each table row takes at least a line, however short its text.
  if (table) return textLength(table.body) + table.body.length * ROW_ALLOWANCE;
  return ['text', 'stack', 'ul', 'ol', 'columns'].reduce((sum, key) => sum + textLength(object[key]), 0);
}

const listItems = (node: Content): number => {
  const object = node as { ul?: unknown[]; ol?: unknown[] };
  return (object.ul ?? object.ol ?? []).length;
};

/**
 * A heading stays on the page of the block that follows it: both go into one unbreakable stack,
 * as long as that block is short enough to never need a page of its own (pdfmake cannot split an
 * unbreakable stack and would cut it off). Longer blocks follow the heading on their own.
 */
export function keepWithNext(heading: Content[], blocks: Content[]): Content[] {
  const [first, ...rest] = blocks;
  if (first === undefined) return [{ stack: heading, unbreakable: true }];
  const small = textLength(first) <= MAX_KEPT_CHARACTERS && listItems(first) <= MAX_KEPT_LIST_ITEMS;
  return small
    ? [{ stack: [...heading, first], unbreakable: true }, ...rest]
    : [{ stack: heading, unbreakable: true }, ...blocks];
}
