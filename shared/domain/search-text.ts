/** Lower-case text without diacritics, so "muller" finds "Müller" and "ecole" finds "École". */
export const searchText = (text: string): string =>
  text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('de');

/** True when every word of the query occurs somewhere in one of the fields. */
export function matchesSearch(query: string, fields: readonly (string | undefined)[]): boolean {
  const words = searchText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchText(fields.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** German sort order (umlauts next to their base letter, "Ärzte" between "Apotheke" and "Bäcker"). */
export const compareGerman = (a: string, b: string): number => collator.compare(a, b);

export const sortGerman = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => compareGerman(key(a), key(b)));
