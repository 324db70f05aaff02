import { DOCUMENT_KINDS, type DocumentKind } from './document-kinds';

const GERMAN = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' } as const;
const OTHER_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
};
const MAX_PART_LENGTH = 60;

/** ASCII-safe file-name part: umlauts transliterated, accents dropped, words joined by "-". */
export function fileNamePart(text: string): string {
  const ascii = text
    .replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN[c as keyof typeof GERMAN])
    .replace(/[ıłŁøØđĐæÆœŒ]/g, (c) => OTHER_LETTERS[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  return ascii
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_PART_LENGTH)
    .replace(/-+$/, '');
}

/** `2026-02-18_Lenkungskreis_Protokoll.pdf` */
export function documentFileName(isoDate: string, bodyName: string, kind: DocumentKind): string {
  const name = fileNamePart(bodyName) || 'Dokument';
  return `${isoDate}_${name}_${DOCUMENT_KINDS[kind].fileLabel}.pdf`;
}
