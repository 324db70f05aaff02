import type { ContentTable, CustomTableLayout } from 'pdfmake/interfaces';
import { INK } from './styles';

/** Style of a table's caption row (a heading repeated with the header on every page). */
export const CAPTION_STYLE = 'tableCaption';

const captionRows = (node: ContentTable): number => {
  const first = node.table.body[0]?.[0];
  return typeof first === 'object' && first !== null && 'style' in first && first.style === CAPTION_STYLE ? 1 : 0;
};
const headerRows = (node: ContentTable): number => node.table.headerRows ?? 0;

const cellPadding = {
  paddingLeft: () => 4,
  paddingRight: () => 5,
  paddingTop: (row: number, node: ContentTable) => (row < captionRows(node) ? 0 : 3.5),
  paddingBottom: (row: number, node: ContentTable) => (row < captionRows(node) ? 0 : 3.5),
};

/** Rules above and below the header and at the bottom are strong; none above a caption. */
function ruleWidth(i: number, node: ContentTable, thin: number): number {
  const captions = captionRows(node);
  if (i < captions) return 0;
  return i === captions || i === headerRows(node) || i === node.table.body.length ? 0.9 : thin;
}

/** Horizontal rules only, a light header row: lists of tasks, measures, indicators. */
export const RULED: CustomTableLayout = {
  ...cellPadding,
  hLineWidth: (i, node) => ruleWidth(i, node, 0.4),
  hLineColor: (i, node) => (ruleWidth(i, node, 0.4) === 0.4 ? INK.rule : INK.text),
  vLineWidth: () => 0,
  fillColor: (row, node) => (row >= captionRows(node) && row < headerRows(node) ? INK.fill : null),
};

/** Full grid: forms filled in by hand (attendance sheet) and the minutes header. */
export const GRID: CustomTableLayout = {
  ...cellPadding,
  hLineWidth: (i, node) => (i < captionRows(node) ? 0 : 0.6),
  vLineWidth: () => 0.6,
  hLineColor: () => INK.text,
  vLineColor: () => INK.text,
  fillColor: (row, node, column) => {
    if (row < captionRows(node)) return null;
    return row < headerRows(node) || (headerRows(node) === 0 && column === 0) ? INK.fill : null;
  },
};

/** A framed box for the exact wording of a resolution. */
export const BOX: CustomTableLayout = {
  hLineWidth: () => 0.9,
  vLineWidth: () => 0.9,
  hLineColor: () => INK.text,
  vLineColor: () => INK.text,
  paddingLeft: () => 7,
  paddingRight: () => 7,
  paddingTop: () => 5,
  paddingBottom: () => 5,
};

/** No lines: label/value pairs and aligned columns of text. */
export const PLAIN: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};
