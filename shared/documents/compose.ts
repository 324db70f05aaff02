import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_KINDS, type DocumentKind } from './document-kinds';
import { readLetterhead, reportLetterhead, type Letterhead } from './letterhead';
import { documentMetadata } from './metadata';
import type { DocumentContext } from './model';
import { PAGE } from './page';
import { pageFooter, runningHeader } from './page-frame';
import { describeCharacter, makeContentPrintable, toPrintableText } from './safe-text';
import { DEFAULT_STYLE, INK, STYLES } from './styles';
import type { Warnings } from './warnings';

/** A document definition ready for pdfmake, and what the user should know about it (German). */
export interface BuiltDocument {
  definition: TDocumentDefinitions;
  warnings: string[];
}

export interface DocumentSpec {
  kind: DocumentKind;
  /** Metadata title, e.g. "Protokoll der 1. Sitzung 2025 des Lenkungskreises". */
  title: string;
  subject: string;
  keywords: string[];
  /** Shown in the running header of pages 2 ff. */
  runningTitle: string;
  /** Prints "ENTWURF" across every page. */
  draft?: boolean;
  /**
   * `report`: letterhead, then the title block (heading), then the content.
   * `letter`: the content lays out its own first page (DIN 5008).
   */
  firstPage: 'report' | 'letter';
  heading?: { title: string; subtitle?: string };
  /** Drawn behind each page's content (fold marks of a letter). */
  background?: TDocumentDefinitions['background'];
  content: (letterhead: Letterhead) => Content[];
}

const MAX_LISTED_CHARACTERS = 12;

/**
 * The frame every document shares: A4 with filing margins, letterhead, running header, "Seite x
 * von y", type scale, metadata and archival format, and text kept printable in Roboto.
 */
export function compose(context: DocumentContext, spec: DocumentSpec, warnings: Warnings): BuiltDocument {
  const letterhead = readLetterhead(context, warnings);
  const replaced = new Set<string>();
  const printable = (text: string): string => {
    const result = toPrintableText(text);
    result.replaced.forEach((c) => replaced.add(c));
    return result.text;
  };
  const body: Content[] = [
    ...(spec.firstPage === 'report' ? [reportLetterhead(letterhead)] : []),
    ...(spec.heading
      ? [
          { text: spec.heading.title, style: 'title' },
          ...(spec.heading.subtitle ? [{ text: spec.heading.subtitle, style: 'subtitle' }] : []),
        ]
      : []),
    ...spec.content(letterhead),
  ];
  const content = makeContentPrintable(body, (chars) => chars.forEach((c) => replaced.add(c)));
  const networkName = printable(context.network.name);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [PAGE.left, PAGE.top, PAGE.right, PAGE.bottom],
    header: runningHeader(printable(spec.runningTitle)),
    footer: pageFooter(printable(letterhead.contactLines.join(' · ') || letterhead.networkName)),
    content,
    ...(spec.background ? { background: spec.background } : {}),
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    ...(spec.draft ? { watermark: { text: 'ENTWURF', opacity: 0.09, bold: true, color: INK.watermark } } : {}),
    ...documentMetadata({
      title: printable(spec.title),
      author: networkName,
      subject: printable(spec.subject),
      keywords: printable([DOCUMENT_KINDS[spec.kind].title, ...spec.keywords].join(', ')),
    }),
  };
  if (replaced.size > 0) {
    const listed = [...replaced].slice(0, MAX_LISTED_CHARACTERS).map(describeCharacter).join(', ');
    const more = replaced.size > MAX_LISTED_CHARACTERS ? ' und weitere' : '';
    warnings.add(
      `Einige Zeichen kann die PDF-Schrift nicht darstellen; sie wurden ersetzt oder weggelassen: ${listed}${more}.`,
    );
  }
  return { definition, warnings: warnings.list() };
}
