import type { Style, StyleDictionary } from 'pdfmake/interfaces';

/** Type scale in points: body 10 pt, tables 9.5 pt, notes 8 pt, headings 16/12/10.5 pt. */
export const TYPE = { title: 16, subtitle: 11, h2: 12, h3: 10.5, body: 10, table: 9.5, small: 8 } as const;

/** Greys that stay legible in black-and-white print. */
export const INK = {
  text: '#000000',
  muted: '#3c3c3c',
  rule: '#7a7a7a',
  fill: '#e6e6e6',
  watermark: '#000000',
} as const;

export const DEFAULT_STYLE: Style = { font: 'Roboto', fontSize: TYPE.body, lineHeight: 1.2, color: INK.text };

export const STYLES: StyleDictionary = {
  title: { fontSize: TYPE.title, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 3] },
  subtitle: { fontSize: TYPE.subtitle, margin: [0, 0, 0, 14] },
  h2: { fontSize: TYPE.h2, bold: true, lineHeight: 1.1, margin: [0, 14, 0, 6] },
  h3: { fontSize: TYPE.h3, bold: true, margin: [0, 10, 0, 3] },
  paragraph: { margin: [0, 0, 0, 6] },
  small: { fontSize: TYPE.small },
  muted: { color: INK.muted },
  label: { bold: true },
  tableCaption: { fontSize: TYPE.h3, bold: true, margin: [-4, 10, 0, 4] },
  tableHeader: { bold: true, fontSize: TYPE.small + 1 },
  tableCell: { fontSize: TYPE.table },
  letterhead: { fontSize: TYPE.small, color: INK.muted },
};
