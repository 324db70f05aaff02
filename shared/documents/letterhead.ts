import type { Content } from 'pdfmake/interfaces';
import type { DocumentContext, DocumentLogo } from './model';
import { CONTENT_WIDTH, mm } from './page';
import { INK, TYPE } from './styles';
import type { Warnings } from './warnings';

/** The network's letterhead as printed: from Einstellungen, with placeholders where it is missing. */
export interface Letterhead {
  networkName: string;
  /** One line: the return address above the address field. */
  senderLine: string;
  addressLines: string[];
  contactLines: string[];
  logo?: DocumentLogo;
}

export const LETTERHEAD_PLACEHOLDER = '[Briefkopf fehlt – bitte unter Einstellungen ergänzen]';

const lines = (text: string | undefined, separator: RegExp): string[] =>
  (text ?? '')
    .split(separator)
    .map((line) => line.trim())
    .filter(Boolean);

export function readLetterhead(context: DocumentContext, warnings: Warnings): Letterhead {
  const { network, logo } = context;
  const addressLines = lines(network.letterheadAddress, /\n/);
  const contactLines = lines(network.letterheadContact, /\n|\s+·\s+/);
  const sender = network.letterheadSender?.trim();
  const missing = [
    !sender && 'die Absenderzeile',
    addressLines.length === 0 && 'die Anschrift',
    contactLines.length === 0 && 'die Kontaktzeile',
  ].filter((part): part is string => Boolean(part));
  if (missing.length > 0) {
    const parts = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} und ${missing.at(-1)}`;
    warnings.add(`Im Briefkopf fehlen ${parts}. Bitte unter Einstellungen → Briefkopf ergänzen.`);
  }
  return {
    networkName: network.name,
    senderLine: sender || addressLines.join(' · ') || LETTERHEAD_PLACEHOLDER,
    addressLines,
    contactLines,
    ...(logo ? { logo } : {}),
  };
}

/** The logo scaled to fit the box, aligned right. */
export function logoContent(logo: DocumentLogo, width: number, height: number): Content {
  return logo.kind === 'svg'
    ? { svg: logo.markup, fit: [width, height], alignment: 'right' }
    : { image: logo.dataUrl, fit: [width, height], alignment: 'right' };
}

/** A horizontal rule across the text width. */
const rule = (margin: [number, number, number, number]): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.6, lineColor: INK.text }],
  margin,
});

/** Top of the first page of every report: network, sender details and logo, then a rule. */
export function reportLetterhead(letterhead: Letterhead): Content {
  const details = letterhead.addressLines.length > 0 ? letterhead.addressLines.join(' · ') : letterhead.senderLine;
  return {
    stack: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: letterhead.networkName, bold: true, fontSize: TYPE.subtitle },
              { text: details, style: 'letterhead', margin: [0, 2, 0, 0] },
            ],
          },
          ...(letterhead.logo ? [{ width: mm(50), stack: [logoContent(letterhead.logo, mm(50), mm(16))] }] : []),
        ],
        columnGap: mm(6),
      },
      rule([0, 6, 0, 0]),
    ],
    margin: [0, -mm(6), 0, mm(8)],
  };
}
