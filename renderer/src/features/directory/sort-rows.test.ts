import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows';

const towns = ['Wesel', '', 'Ärzen', 'Aachen', 'Öhringen', 'Oberhausen', 'Zülpich'];

describe('sortRows', () => {
  it('sorts German: umlauts with their base letter, empty cells last', () => {
    expect(sortRows(towns, (t) => t, 'ascending')).toEqual([
      'Aachen',
      'Ärzen',
      'Oberhausen',
      'Öhringen',
      'Wesel',
      'Zülpich',
      '',
    ]);
  });

  it('reverses for descending but keeps empty cells last', () => {
    expect(sortRows(towns, (t) => t, 'descending')).toEqual([
      'Zülpich',
      'Wesel',
      'Öhringen',
      'Oberhausen',
      'Ärzen',
      'Aachen',
      '',
    ]);
  });

  it('keeps the order of rows with the same text', () => {
    const rows = [
      { name: 'B', n: 1 },
      { name: 'A', n: 2 },
      { name: 'B', n: 3 },
    ];
    expect(sortRows(rows, (r) => r.name, 'ascending').map((r) => r.n)).toEqual([2, 1, 3]);
  });
});
