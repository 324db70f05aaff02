import { describe, expect, it } from 'vitest';
import { compareGerman, searchText, sortGerman } from './search-text';

describe('search text', () => {
  it('ignores case and diacritics', () => {
    expect(searchText('Müller-Lüdenscheidt')).toBe('muller-ludenscheidt');
    expect(searchText('ÉCOLE Ørsted')).toBe('ecole ørsted');
  });

  it('sorts the German way', () => {
    expect(sortGerman(['Zander', 'Ärzte', 'Bäcker', 'Apotheke', 'Öl', 'Ofen'], (s) => s)).toEqual([
      'Apotheke',
      'Ärzte',
      'Bäcker',
      'Ofen',
      'Öl',
      'Zander',
    ]);
    expect(compareGerman('AK 10', 'AK 9')).toBeGreaterThan(0);
  });
});
