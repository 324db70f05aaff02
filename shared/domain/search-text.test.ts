import { describe, expect, it } from 'vitest';
import { compareGerman, matchesSearch, searchText, sortGerman } from './search-text';

describe('search text', () => {
  it('ignores case and diacritics', () => {
    expect(searchText('Müller-Lüdenscheidt')).toBe('muller-ludenscheidt');
    expect(searchText('ÉCOLE Ørsted')).toBe('ecole ørsted');
  });

  it('finds every word of the query in any field', () => {
    const fields = ['Dr. Jürgen Öztürk', 'Schulamt für den Kreis Auenfeld', undefined];
    expect(matchesSearch('ozturk', fields)).toBe(true);
    expect(matchesSearch('jurgen schulamt', fields)).toBe(true);
    expect(matchesSearch('jurgen jugendamt', fields)).toBe(false);
    expect(matchesSearch('   ', fields)).toBe(true);
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
