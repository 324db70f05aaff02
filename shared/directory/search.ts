import { searchText } from '../domain/search-text';

/** Letters that Unicode does not decompose into a base letter plus diacritic. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'g');

/**
 * Text as compared by directory search: lower case, without diacritics, and with letters such as
 * the Turkish dotless ı or ß spelled out, so "aydin" finds "Aydın" and "strasse" finds "Straße".
 */
export const normalizeForSearch = (text: string): string =>
  searchText(text.replace(FOLDABLE, (letter) => FOLDED_LETTERS[letter] ?? letter));

/**
 * Prepares the searchable text of every item once; the returned function then filters in memory
 * (every word of the query must occur in one of the item's fields), keeping the items' order.
 */
export function createSearch<T>(
  items: readonly T[],
  fields: (item: T) => readonly (string | undefined)[],
): (query: string) => T[] {
  const haystacks = items.map((item) => normalizeForSearch(fields(item).filter(Boolean).join(' ')));
  return (query) => {
    const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [...items];
    return items.filter((_, index) => words.every((word) => haystacks[index]!.includes(word)));
  };
}

/** True when both texts are the same for search (case, diacritics and surrounding spaces ignored). */
export const sameForSearch = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && normalizeForSearch(a.trim()) === normalizeForSearch(b.trim());
