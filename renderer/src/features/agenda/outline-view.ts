import type { NumberedItem, OrderedItem } from '../../../../shared/domain/agenda-numbering';
import { possibleMoves, type Outline, type OutlineMove } from '../../../../shared/domain/agenda-moves';

/** What one row of an outline editor shows: only primitives, so unchanged rows skip re-rendering. */
export interface OutlineRowView {
  id: string;
  /** "2.1" */
  number: string;
  depth: 0 | 1;
  title: string;
  /** Second line: kind, presenter, duration … */
  details: string;
  /** "14:05–14:20", for agendas with a time plan. */
  time?: string;
  canUp: boolean;
  canDown: boolean;
  canIndent: boolean;
  canOutdent: boolean;
}

/** The row views of numbered items, with the moves each allows. */
export function outlineRowViews<T extends OrderedItem & { title: string }>(
  numbered: readonly NumberedItem<T>[],
  outline: Outline,
  describe: (item: T) => { details: string; time?: string },
): OutlineRowView[] {
  return numbered.map(({ item, number, depth }) => {
    const moves = possibleMoves(outline, item.id);
    return {
      id: item.id,
      number,
      depth,
      title: item.title,
      ...describe(item),
      canUp: moves.up,
      canDown: moves.down,
      canIndent: moves.indent,
      canOutdent: moves.outdent,
    };
  });
}

export type RowAction = OutlineMove | 'edit' | 'addChild' | 'remove';

/** The TOP number an item has in an outline ("2.1"); blocks are contiguous, so one pass counts it. */
export function outlineNumber(outline: Outline, id: string): string {
  let top = 0;
  let child = 0;
  for (const entry of outline) {
    if (entry.parentId === undefined) {
      top += 1;
      child = 0;
    } else {
      child += 1;
    }
    if (entry.id === id) return entry.parentId === undefined ? String(top) : `${top}.${child}`;
  }
  return '';
}
