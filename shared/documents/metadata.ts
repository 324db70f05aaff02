import type { TDocumentDefinitions } from 'pdfmake/interfaces';

export const CREATOR = 'Bildungsbüro Desk';

/**
 * Metadata and archival format of every document: title, author (the network), subject and
 * keywords, language de-DE, PDF/A-2b for the municipal archive (see toolchain.md). No `tagged`:
 * pdfmake writes no real structure tree, and a file must not claim tags it does not have.
 */
export function documentMetadata(meta: {
  title: string;
  author: string;
  subject: string;
  keywords: string;
}): Pick<TDocumentDefinitions, 'info' | 'language' | 'version' | 'subset'> {
  return {
    info: { ...meta, creator: CREATOR },
    language: 'de-DE',
    version: '1.7',
    subset: 'PDF/A-2b',
  };
}
