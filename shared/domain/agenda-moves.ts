import { numberAgendaItems, type OrderedItem } from './agenda-numbering';

/**
 * An agenda (or template) as an outline: every item in reading order with its parent. Moves are
 * pure functions from outline to outline; a repository then writes positions 1, 2, 3 … per parent.
 */
export type OutlineEntry = { id: string; parentId?: string };
export type Outline = readonly OutlineEntry[];

export type OutlineMove = 'up' | 'down' | 'indent' | 'outdent';

/** The outline of items as numbered (1, 2, 2.1, 3); orphaned sub-items count as top-level. */
export function outlineOf(items: readonly OrderedItem[]): OutlineEntry[] {
  return numberAgendaItems(items).map(({ item, depth }) =>
    depth === 1 ? { id: item.id, parentId: item.parentId } : { id: item.id },
  );
}

const isTop = (entry: OutlineEntry): boolean => entry.parentId === undefined;

/** A top-level item with its sub-items, or a single sub-item: what moves together. */
function blockOf(outline: Outline, id: string): OutlineEntry[] {
  const index = outline.findIndex((e) => e.id === id);
  const entry = outline[index];
  if (!entry) return [];
  if (!isTop(entry)) return [entry];
  return [entry, ...outline.filter((e) => e.parentId === id)];
}

/** Top-level blocks in order. */
function blocksOf(outline: Outline): OutlineEntry[][] {
  return outline.filter(isTop).map((top) => blockOf(outline, top.id));
}

function moveTopLevel(outline: Outline, id: string, step: -1 | 1): OutlineEntry[] | undefined {
  const blocks = blocksOf(outline);
  const from = blocks.findIndex((b) => b[0]!.id === id);
  const to = from + step;
  if (to < 0 || to >= blocks.length) return undefined;
  [blocks[from], blocks[to]] = [blocks[to]!, blocks[from]!];
  return blocks.flat();
}

/**
 * A sub-item moves among its siblings; past the first or last it moves on to the end of the
 * previous (or start of the next) top-level item, so every arrangement is reachable step by step.
 */
function moveSubItem(outline: Outline, entry: OutlineEntry, step: -1 | 1): OutlineEntry[] | undefined {
  const blocks = blocksOf(outline).map((block) => block.filter((e) => e.id !== entry.id));
  const parentIndex = blocks.findIndex((b) => b[0]!.id === entry.parentId);
  const siblings = blockOf(outline, entry.parentId!).slice(1);
  const at = siblings.findIndex((e) => e.id === entry.id);
  const target = at + step;
  if (target >= 0 && target < siblings.length) {
    blocks[parentIndex]!.splice(target + 1, 0, entry);
    return blocks.flat();
  }
  const neighbour = blocks[parentIndex + step];
  if (!neighbour) return undefined;
  const moved = { id: entry.id, parentId: neighbour[0]!.id };
  if (step === -1) neighbour.push(moved);
  else neighbour.splice(1, 0, moved);
  return blocks.flat();
}

/**
 * The outline after a move, or `undefined` when the move is not possible: up/down past the edge,
 * indenting the first item or one that has sub-items (sub-items have no sub-items of their own),
 * outdenting a top-level item.
 */
export function moveInOutline(outline: Outline, id: string, move: OutlineMove): OutlineEntry[] | undefined {
  const index = outline.findIndex((e) => e.id === id);
  const entry = outline[index];
  if (!entry) return undefined;
  switch (move) {
    case 'up':
    case 'down': {
      const step = move === 'up' ? -1 : 1;
      return isTop(entry) ? moveTopLevel(outline, id, step) : moveSubItem(outline, entry, step);
    }
    case 'indent': {
      if (!isTop(entry) || outline.some((e) => e.parentId === id)) return undefined;
      const previousTop = outline.slice(0, index).reverse().find(isTop);
      if (!previousTop) return undefined;
      return outline.map((e) => (e.id === id ? { id, parentId: previousTop.id } : e));
    }
    case 'outdent': {
      if (isTop(entry)) return undefined;
      // Later siblings stay with the parent; the item follows the parent's block.
      const blocks = blocksOf(outline).map((block) => block.filter((e) => e.id !== id));
      const parentIndex = blocks.findIndex((b) => b[0]!.id === entry.parentId);
      blocks.splice(parentIndex + 1, 0, [{ id }]);
      return blocks.flat();
    }
  }
}

/** Which moves are possible for an item (for enabling its buttons). */
export function possibleMoves(outline: Outline, id: string): Record<OutlineMove, boolean> {
  const can = (move: OutlineMove) => moveInOutline(outline, id, move) !== undefined;
  return { up: can('up'), down: can('down'), indent: can('indent'), outdent: can('outdent') };
}

/**
 * Drag and drop: the item is dropped where `overId` was. A top-level item takes its sub-items
 * along and lands before (moving up) or after (moving down) the target's top-level block. A
 * sub-item stays a sub-item of whichever top-level item now precedes it (top-level if none does).
 */
export function dropInOutline(outline: Outline, activeId: string, overId: string): OutlineEntry[] | undefined {
  const from = outline.findIndex((e) => e.id === activeId);
  const over = outline.findIndex((e) => e.id === overId);
  const entry = outline[from];
  if (!entry || over < 0 || from === over) return undefined;
  const movingDown = over > from;
  if (isTop(entry)) {
    const block = blockOf(outline, activeId);
    if (block.some((e) => e.id === overId)) return undefined;
    const overEntry = outline[over]!;
    const targetTop = overEntry.parentId ?? overEntry.id;
    const rest = blocksOf(outline).filter((b) => b[0]!.id !== activeId);
    const at = rest.findIndex((b) => b[0]!.id === targetTop);
    rest.splice(movingDown ? at + 1 : at, 0, block);
    return rest.flat();
  }
  const rest = outline.filter((e) => e.id !== activeId);
  const overAt = rest.findIndex((e) => e.id === overId);
  const insertAt = movingDown ? overAt + 1 : overAt;
  const parent = rest.slice(0, insertAt).reverse().find(isTop);
  rest.splice(insertAt, 0, parent ? { id: activeId, parentId: parent.id } : { id: activeId });
  return rest;
}

/**
 * Positions to write for an outline: 1, 2, 3 … among siblings, and the parent. Only entries whose
 * position or parent differs from `current` are returned.
 */
export function outlineChanges(
  outline: Outline,
  current: readonly OrderedItem[],
): { id: string; position: number; parentId: string | undefined }[] {
  const counters = new Map<string, number>();
  const byId = new Map(current.map((i) => [i.id, i]));
  const changes: { id: string; position: number; parentId: string | undefined }[] = [];
  for (const entry of outline) {
    const key = entry.parentId ?? '';
    const position = (counters.get(key) ?? 0) + 1;
    counters.set(key, position);
    const before = byId.get(entry.id);
    if (!before || before.position !== position || before.parentId !== entry.parentId) {
      changes.push({ id: entry.id, position, parentId: entry.parentId });
    }
  }
  return changes;
}
