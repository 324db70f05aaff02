import { describe, expect, it } from 'vitest';
import { outlineNumber, outlineRowViews } from './outline-view';

const OUTLINE = [{ id: 'a' }, { id: 'b' }, { id: 'b1', parentId: 'b' }, { id: 'c' }];

describe('outline rows', () => {
  it('numbers an item from its place in the outline', () => {
    expect(['a', 'b', 'b1', 'c', 'x'].map((id) => outlineNumber(OUTLINE, id))).toEqual(['1', '2', '2.1', '3', '']);
  });

  it('gives each row its number and the moves it allows', () => {
    const items = [
      { id: 'a', position: 1, title: 'A' },
      { id: 'b', position: 2, title: 'B' },
      { id: 'b1', parentId: 'b', position: 1, title: 'B1' },
    ];
    const numbered = [
      { item: items[0]!, number: '1', depth: 0 as const },
      { item: items[1]!, number: '2', depth: 0 as const },
      { item: items[2]!, number: '2.1', depth: 1 as const },
    ];
    const rows = outlineRowViews(numbered, OUTLINE.slice(0, 3), (item) => ({ details: item.title.toLowerCase() }));
    expect(rows[2]).toEqual({
      id: 'b1',
      number: '2.1',
      depth: 1,
      title: 'B1',
      details: 'b1',
      canUp: true,
      canDown: false,
      canIndent: false,
      canOutdent: true,
    });
    expect(rows[0]).toMatchObject({ canUp: false, canDown: true, canIndent: false, canOutdent: false });
  });
});
