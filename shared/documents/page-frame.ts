import type { Content, DynamicContent } from 'pdfmake/interfaces';
import { CONTENT_WIDTH, PAGE, mm } from './page';
import { INK, TYPE } from './styles';

/** "Seite 2 von 5" */
export const pageLabel = (page: number, pages: number): string => `Seite ${page} von ${pages}`;

/** Running header on every page but the first (which carries the letterhead). */
export function runningHeader(runningTitle: string): DynamicContent {
  return (currentPage: number): Content =>
    currentPage === 1
      ? ''
      : {
          margin: [PAGE.left, mm(10), PAGE.right, 0],
          stack: [
            { text: runningTitle, fontSize: TYPE.small, color: INK.muted },
            {
              canvas: [{ type: 'line', x1: 0, y1: 2, x2: CONTENT_WIDTH, y2: 2, lineWidth: 0.4, lineColor: INK.rule }],
            },
          ],
        };
}

/** Footer on every page: the office's contact line and "Seite x von y". */
export function pageFooter(contactLine: string): DynamicContent {
  return (currentPage: number, pageCount: number): Content => ({
    margin: [PAGE.left, mm(8), PAGE.right, 0],
    columns: [
      { text: contactLine, width: '*', color: INK.muted },
      { text: pageLabel(currentPage, pageCount), width: 'auto', alignment: 'right' },
    ],
    columnGap: mm(6),
    fontSize: TYPE.small,
  });
}
