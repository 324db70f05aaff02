import type { Content, TableCell } from 'pdfmake/interfaces';
import { textLength } from './keep-together';
import { BOX, CAPTION_STYLE, GRID, PLAIN, RULED } from './table-layouts';

const MAX_UNBROKEN_ROW_CHARACTERS = 1200;

export interface Column {
  header: string;
  /** Points, '*' for the remaining width, or 'auto'. */
  width: number | '*' | 'auto';
  alignment?: 'left' | 'right' | 'center';
}

export interface DataTableOptions {
  /**
   * A heading kept with the table's first rows and repeated with the header on each page; a list
   * of lines for a section heading above the table's own heading.
   */
  caption?: string | Content[];
  layout?: 'ruled' | 'grid';
  /** Rows are never split across pages; by default only short rows are kept whole. */
  dontBreakRows?: boolean;
  /** Minimum height of the body rows (room for a signature). */
  rowHeight?: number;
}

/**
 * A table with a header row repeated on every page (and an optional caption kept with it), so a
 * heading never stands alone at the foot of a page.
 */
export function dataTable(columns: Column[], rows: TableCell[][], options: DataTableOptions = {}): Content {
  const header = columns.map((c): TableCell => ({
    text: c.header,
    style: 'tableHeader',
    alignment: c.alignment ?? 'left',
  }));
  const caption: TableCell[][] = options.caption
    ? [
        [
          {
            ...(typeof options.caption === 'string' ? { text: options.caption } : { stack: options.caption }),
            style: CAPTION_STYLE,
            colSpan: columns.length,
            border: [false, false, false, false],
          },
          ...columns.slice(1).map(() => ({})),
        ],
      ]
    : [];
  const body = rows.map((row) =>
    row.map((cell, i): TableCell => {
      const alignment = columns[i]?.alignment;
      if (!alignment) return cell;
      return (typeof cell === 'string' ? { text: cell, alignment } : { alignment, ...(cell as object) }) as TableCell;
    }),
  );
  const headerCount = caption.length + 1;
  const { rowHeight } = options;
  return {
    table: {
      headerRows: headerCount,
      keepWithHeaderRows: 1,
      // Short rows stay whole; a row that might need more than a page may break.
      dontBreakRows: options.dontBreakRows ?? body.every((row) => textLength(row) <= MAX_UNBROKEN_ROW_CHARACTERS),
      widths: columns.map((c) => c.width),
      ...(rowHeight ? { heights: (row: number) => (row < headerCount ? 'auto' : rowHeight) } : {}),
      body: [...caption, header, ...body],
    },
    layout: options.layout === 'grid' ? GRID : RULED,
    style: 'tableCell',
  } as Content;
}

/**
 * Label/value pairs in two aligned columns: without lines, or framed in a grid with a shaded
 * label column (the minutes header).
 */
export function factsTable(
  facts: [label: string, value: Content][],
  labelWidth: number,
  options: { framed?: boolean; margin?: [number, number, number, number] } = {},
): Content {
  return {
    table: { widths: [labelWidth, '*'], body: facts.map(([label, value]) => [{ text: label, bold: true }, value]) },
    layout: options.framed ? GRID : PLAIN,
    ...(options.margin ? { margin: options.margin } : {}),
  } as Content;
}

/** Text set off in a frame: the exact wording of a resolution or proposal. */
export function framed(content: Content, margin: [number, number, number, number] = [0, 2, 0, 4]): Content {
  return { table: { widths: ['*'], body: [[content]], dontBreakRows: false }, layout: BOX, margin } as Content;
}
