/** Lower-case text without diacritics, so "muller" finds "Müller" and "ecole" finds "École". */
export const searchText = (text: string): string =>
  text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('de');

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** German sort order (umlauts next to their base letter, "Ärzte" between "Apotheke" and "Bäcker"). */
export const compareGerman = (a: string, b: string): number => collator.compare(a, b);

export const sortGerman = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => compareGerman(key(a), key(b)));
