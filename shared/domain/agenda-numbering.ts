/** What numbering needs of an agenda item (or template item): its place in the tree. */
export interface OrderedItem {
  id: string;
  /** Set for sub-items; sub-items have no sub-items of their own. */
  parentId?: string;
  position: number;
}

export interface NumberedItem<T extends OrderedItem> {
  item: T;
  /** "1", "2", "2.1" — human-facing, computed, never a key. */
  number: string;
  depth: 0 | 1;
}

const byPosition = (a: OrderedItem, b: OrderedItem): number => a.position - b.position || a.id.localeCompare(b.id);

/**
 * Items in reading order with their TOP numbers: top-level items 1, 2, 3 by position, sub-items
 * 2.1, 2.2 by position under their parent. A sub-item whose parent is missing (deleted) is numbered
 * as a top-level item, so nothing silently disappears from an agenda.
 */
export function numberAgendaItems<T extends OrderedItem>(items: readonly T[]): NumberedItem<T>[] {
  const ids = new Set(items.map((i) => i.id));
  const isTopLevel = (i: T): boolean => i.parentId === undefined || !ids.has(i.parentId);
  const childrenOf = new Map<string, T[]>();
  for (const item of items) {
    if (isTopLevel(item)) continue;
    const siblings = childrenOf.get(item.parentId!) ?? [];
    siblings.push(item);
    childrenOf.set(item.parentId!, siblings);
  }
  const numbered: NumberedItem<T>[] = [];
  items
    .filter(isTopLevel)
    .sort(byPosition)
    .forEach((parent, index) => {
      const parentNumber = String(index + 1);
      numbered.push({ item: parent, number: parentNumber, depth: 0 });
      (childrenOf.get(parent.id) ?? []).sort(byPosition).forEach((child, childIndex) => {
        numbered.push({ item: child, number: `${parentNumber}.${childIndex + 1}`, depth: 1 });
      });
    });
  return numbered;
}
