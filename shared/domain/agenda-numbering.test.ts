import { describe, expect, it } from 'vitest';
import { numberAgendaItems } from './agenda-numbering';

describe('agenda numbering', () => {
  it('numbers top-level items by position and sub-items under their parent', () => {
    const items = [
      { id: 'c', position: 30 },
      { id: 'b2', parentId: 'b', position: 2 },
      { id: 'a', position: 10 },
      { id: 'b', position: 20 },
      { id: 'b1', parentId: 'b', position: 1 },
    ];
    expect(numberAgendaItems(items).map((n) => [n.item.id, n.number, n.depth])).toEqual([
      ['a', '1', 0],
      ['b', '2', 0],
      ['b1', '2.1', 1],
      ['b2', '2.2', 1],
      ['c', '3', 0],
    ]);
  });

  it('keeps a sub-item whose parent is gone as a top-level item', () => {
    const items = [
      { id: 'a', position: 1 },
      { id: 'orphan', parentId: 'deleted', position: 2 },
    ];
    expect(numberAgendaItems(items).map((n) => n.number)).toEqual(['1', '2']);
  });

  it('orders equal positions deterministically and returns nothing for an empty agenda', () => {
    expect(
      numberAgendaItems([
        { id: 'y', position: 1 },
        { id: 'x', position: 1 },
      ]).map((n) => n.item.id),
    ).toEqual(['x', 'y']);
    expect(numberAgendaItems([])).toEqual([]);
  });
});
