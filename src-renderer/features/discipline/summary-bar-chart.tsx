import type { Output } from '../../../src-main/contract/index.ts';

type CountTable = Output<'casework.summary'>['tables'][string];

// The same horizontal bars the summary PDF draws (core/casework/summary-chart.ts), as SVG: one bar per row,
// scaled to the largest count, labels and counts as text a screen reader and a search can find.
const ROW_HEIGHT_PX = 22;
const BAR_HEIGHT_PX = 12;
const LABEL_WIDTH_PX = 280;
const COUNT_WIDTH_PX = 44;
const BAR_COLOUR = '#4a6fa5';
const EMPTY_BAR_WIDTH_PX = 1;

export function SummaryBarChart({ table, widthPx = 640 }: { table: CountTable; widthPx?: number }) {
  const barSpace = widthPx - LABEL_WIDTH_PX - COUNT_WIDTH_PX - 12;
  const largest = Math.max(1, ...table.rows.map((row) => row.count));
  const height = table.rows.length * ROW_HEIGHT_PX;
  return (
    <svg role="img" aria-label={`${table.title}条形图`} width={widthPx} height={height} viewBox={`0 0 ${widthPx} ${height}`}>
      {table.rows.map((row, index) => {
        const y = index * ROW_HEIGHT_PX;
        return (
          <g key={row.key}>
            <text x={LABEL_WIDTH_PX - 6} y={y + 15} textAnchor="end" fontSize={12} fill="#262626">
              {row.label}
            </text>
            <rect
              x={LABEL_WIDTH_PX}
              y={y + (ROW_HEIGHT_PX - BAR_HEIGHT_PX) / 2}
              width={row.count === 0 ? EMPTY_BAR_WIDTH_PX : (barSpace * row.count) / largest}
              height={BAR_HEIGHT_PX}
              fill={BAR_COLOUR}
            />
            <text x={widthPx - COUNT_WIDTH_PX} y={y + 15} fontSize={12} fill="#262626">
              {row.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
