import type { CountTable } from '../../shared/casework/annual-summary.ts';
import type { ContentNode } from '../pdf/doc-definition.ts';
import { SIZE } from '../pdf/document-parts.ts';

const BAR_HEIGHT_PT = 9;
const BAR_COLOUR = '#4a6fa5';
const EMPTY_BAR_WIDTH_PT = 0.75;
const LABEL_WIDTH_PT = 170;
const COUNT_WIDTH_PT = 34;

// A horizontal bar chart drawn as vector shapes (pdfmake canvas), one bar per row, so it stays sharp at any
// print size and its labels and counts remain text a reader can search and copy.
export function barChart(table: CountTable, widthPt: number): ContentNode {
  const barSpacePt = widthPt - LABEL_WIDTH_PT - COUNT_WIDTH_PT - 12;
  const largest = Math.max(1, ...table.rows.map((row) => row.count));
  return {
    layout: 'noBorders',
    table: {
      widths: [LABEL_WIDTH_PT, barSpacePt, COUNT_WIDTH_PT],
      body: table.rows.map((row) => [
        { text: row.label, fontSize: SIZE.xiaoWu, alignment: 'right' },
        {
          canvas: [
            {
              type: 'rect',
              x: 0,
              y: 2,
              w: row.count === 0 ? EMPTY_BAR_WIDTH_PT : (barSpacePt * row.count) / largest,
              h: BAR_HEIGHT_PT,
              color: BAR_COLOUR,
            },
          ],
        },
        { text: String(row.count), fontSize: SIZE.xiaoWu },
      ]),
    },
  };
}
