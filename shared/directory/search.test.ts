import { describe, expect, it } from 'vitest';
import { createSearch, normalizeForSearch, sameForSearch } from './search';

describe('directory search', () => {
  it('ignores case, diacritics and letters Unicode does not decompose', () => {
    expect(normalizeForSearch('Müller')).toBe('muller');
    expect(normalizeForSearch('AYDIN Aydın')).toBe('aydin aydin');
    expect(normalizeForSearch('Straße ẞ')).toBe('strasse ss');
    expect(normalizeForSearch('Ørsted Łódź Æbelø')).toBe('orsted lodz aebelo');
  });

  it('finds "Muller" for "Müller", "aydin" for "Aydın", every query word in any field', () => {
    const persons = [
      { name: 'Jürgen Müller', org: 'Schulamt für den Kreis Auenfeld' },
      { name: 'Elif Aydın', org: 'Jugendamt Kleve' },
      { name: 'Hans Großmann', org: 'Volkshochschule' },
    ];
    const search = createSearch(persons, (p) => [p.name, p.org]);
    expect(search('Muller').map((p) => p.name)).toEqual(['Jürgen Müller']);
    expect(search('aydin').map((p) => p.name)).toEqual(['Elif Aydın']);
    expect(search('grossmann').map((p) => p.name)).toEqual(['Hans Großmann']);
    expect(search('jurgen schulamt').map((p) => p.name)).toEqual(['Jürgen Müller']);
    expect(search('jurgen jugendamt')).toEqual([]);
    expect(search('   ')).toHaveLength(3);
  });

  it('compares names the way search does', () => {
    expect(sameForSearch(' Gesamtschule Kleve ', 'GESAMTSCHULE KLEVE')).toBe(true);
    expect(sameForSearch('Realschule', undefined)).toBe(false);
  });
});
