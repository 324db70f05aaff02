import { describe, expect, it } from 'vitest';
import { numberAgendaItems } from './agenda-numbering';
import {
  dropInOutline,
  moveInOutline,
  outlineChanges,
  outlineOf,
  possibleMoves,
  type Outline,
  type OutlineEntry,
} from './agenda-moves';

/** 1 a · 2 b (2.1 b1, 2.2 b2) · 3 c */
const AGENDA: Outline = [
  { id: 'a' },
  { id: 'b' },
  { id: 'b1', parentId: 'b' },
  { id: 'b2', parentId: 'b' },
  { id: 'c' },
];

/** The outline as TOP numbers, after writing its positions: ["1 a", "2 b", "2.1 b1" …]. */
function numbered(outline: readonly OutlineEntry[] | undefined): string[] {
  const items = outlineChanges(outline ?? [], []).map((c) => ({ ...c, parentId: c.parentId }));
  return numberAgendaItems(items).map((n) => `${n.number} ${n.item.id}`);
}

describe('agenda outline', () => {
  it('reads items in TOP order', () => {
    const items = [
      { id: 'c', position: 3 },
      { id: 'b2', parentId: 'b', position: 2 },
      { id: 'a', position: 1 },
      { id: 'b1', parentId: 'b', position: 1 },
      { id: 'b', position: 2 },
    ];
    expect(outlineOf(items)).toEqual(AGENDA);
  });

  it('moves a top-level item with its sub-items', () => {
    expect(numbered(moveInOutline(AGENDA, 'b', 'up'))).toEqual(['1 b', '1.1 b1', '1.2 b2', '2 a', '3 c']);
    expect(numbered(moveInOutline(AGENDA, 'b', 'down'))).toEqual(['1 a', '2 c', '3 b', '3.1 b1', '3.2 b2']);
    expect(moveInOutline(AGENDA, 'a', 'up')).toBeUndefined();
    expect(moveInOutline(AGENDA, 'c', 'down')).toBeUndefined();
  });

  it('moves a sub-item among its siblings, then on into the neighbouring item', () => {
    expect(numbered(moveInOutline(AGENDA, 'b2', 'up'))).toEqual(['1 a', '2 b', '2.1 b2', '2.2 b1', '3 c']);
    expect(numbered(moveInOutline(AGENDA, 'b1', 'up'))).toEqual(['1 a', '1.1 b1', '2 b', '2.1 b2', '3 c']);
    expect(numbered(moveInOutline(AGENDA, 'b2', 'down'))).toEqual(['1 a', '2 b', '2.1 b1', '3 c', '3.1 b2']);
    const onlyChild: Outline = [{ id: 'a' }, { id: 'a1', parentId: 'a' }];
    expect(moveInOutline(onlyChild, 'a1', 'up')).toBeUndefined();
    expect(moveInOutline(onlyChild, 'a1', 'down')).toBeUndefined();
  });

  it('indents under the previous item and outdents behind the parent', () => {
    expect(numbered(moveInOutline(AGENDA, 'c', 'indent'))).toEqual(['1 a', '2 b', '2.1 b1', '2.2 b2', '2.3 c']);
    expect(numbered(moveInOutline(AGENDA, 'b1', 'outdent'))).toEqual(['1 a', '2 b', '2.1 b2', '3 b1', '4 c']);
    // The first item has nothing to go under; an item with sub-items cannot become one.
    expect(moveInOutline(AGENDA, 'a', 'indent')).toBeUndefined();
    expect(moveInOutline(AGENDA, 'b', 'indent')).toBeUndefined();
    expect(moveInOutline(AGENDA, 'a', 'outdent')).toBeUndefined();
    expect(moveInOutline(AGENDA, 'b1', 'indent')).toBeUndefined();
  });

  it('tells which moves an item allows', () => {
    expect(possibleMoves(AGENDA, 'a')).toEqual({ up: false, down: true, indent: false, outdent: false });
    expect(possibleMoves(AGENDA, 'b1')).toEqual({ up: true, down: true, indent: false, outdent: true });
    expect(possibleMoves(AGENDA, 'c')).toEqual({ up: true, down: false, indent: true, outdent: false });
    expect(possibleMoves(AGENDA, 'missing')).toEqual({ up: false, down: false, indent: false, outdent: false });
  });

  it('drops a top-level item before or after the target block, sub-items along', () => {
    expect(numbered(dropInOutline(AGENDA, 'c', 'b1'))).toEqual(['1 a', '2 c', '3 b', '3.1 b1', '3.2 b2']);
    expect(numbered(dropInOutline(AGENDA, 'a', 'b2'))).toEqual(['1 b', '1.1 b1', '1.2 b2', '2 a', '3 c']);
    expect(numbered(dropInOutline(AGENDA, 'b', 'c'))).toEqual(['1 a', '2 c', '3 b', '3.1 b1', '3.2 b2']);
    expect(dropInOutline(AGENDA, 'b', 'b2')).toBeUndefined();
    expect(dropInOutline(AGENDA, 'a', 'a')).toBeUndefined();
  });

  it('drops a sub-item under whichever item then precedes it', () => {
    expect(numbered(dropInOutline(AGENDA, 'b1', 'c'))).toEqual(['1 a', '2 b', '2.1 b2', '3 c', '3.1 b1']);
    expect(numbered(dropInOutline(AGENDA, 'b2', 'b'))).toEqual(['1 a', '1.1 b2', '2 b', '2.1 b1', '3 c']);
    expect(numbered(dropInOutline(AGENDA, 'b1', 'a'))).toEqual(['1 b1', '2 a', '3 b', '3.1 b2', '4 c']);
  });

  it('writes only the positions and parents that changed', () => {
    const current = [
      { id: 'a', position: 1 },
      { id: 'b', position: 2 },
      { id: 'b1', parentId: 'b', position: 1 },
      { id: 'c', position: 3 },
    ];
    const moved = moveInOutline(outlineOf(current), 'c', 'up')!;
    expect(outlineChanges(moved, current)).toEqual([
      { id: 'c', position: 2, parentId: undefined },
      { id: 'b', position: 3, parentId: undefined },
    ]);
    expect(outlineChanges(outlineOf(current), current)).toEqual([]);
  });
});
