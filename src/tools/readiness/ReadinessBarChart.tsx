/**
 * The readiness bar chart as plain SVG with presentation attributes only (no CSS), so the PDF export
 * draws the same element through the PDF builder (src/pdf/svg.ts). Colours are the tokens' (src/styles/tokens.css).
 */
import { type BarInput, layoutBars } from './bar-layout';

const INK = { text: '#1D2327', muted: '#4F5A61', grid: '#C9C4B8', bar: '#1F4E5F', band: '#EFECE4' };
const FONT_FAMILY = 'helvetica, Arial, sans-serif';

export interface ReadinessBarChartProps {
  rows: readonly BarInput[];
  title: string;
  description: string;
  /** Labels of the scale's steps 1–4 (koldt … varmt). */
  tickLabels: readonly string[];
  unknownLabel: string;
  missingLabel: string;
  /** Prefix for the title and description ids (no hooks, so the PDF can render the element as is). */
  idPrefix?: string;
}

/** One horizontal bar per statement, with the scale's words along the top. */
export function ReadinessBarChart(props: ReadinessBarChartProps) {
  const id = props.idPrefix ?? 'readiness-chart';
  const layout = layoutBars(props.rows);
  return (
    <svg
      class="readiness-chart"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      font-family={FONT_FAMILY}
      font-weight="bold"
    >
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{props.description}</desc>
      {/* the PDF builder only sets a font when it differs from the parent's (starting from "normal"), so the chart
          would inherit whatever the PDF last drew, e.g. a bold title: bold here, normal below forces a reset. */}
      <g font-weight="normal">
        {layout.rows.map((row, index) =>
          index % 2 === 0 ? (
            <rect
              key={`band-${row.id}`}
              x={0}
              y={row.barY - 12}
              width={layout.width}
              height={layout.barHeight + 24}
              fill={INK.band}
            />
          ) : null,
        )}
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={layout.gridTop}
              y2={layout.gridBottom}
              stroke={INK.grid}
              stroke-width={1}
            />
            <text x={tick.x} y={18} text-anchor="middle" font-size={13} font-weight="normal" fill={INK.muted}>
              {`${tick.value} ${props.tickLabels[tick.value - 1] ?? ''}`}
            </text>
          </g>
        ))}
        <line
          x1={layout.plotX}
          x2={layout.plotX}
          y1={layout.gridTop}
          y2={layout.gridBottom}
          stroke={INK.muted}
          stroke-width={1.5}
        />
        {layout.rows.map((row) => (
          <g key={row.id}>
            <text x={0} y={row.labelY} font-size={layout.fontSize} font-weight="normal" fill={INK.text}>
              <tspan x={0}>{row.lines[0]}</tspan>
              {row.lines[1] !== undefined && (
                <tspan x={0} dy={layout.lineHeight}>
                  {row.lines[1]}
                </tspan>
              )}
            </text>
            {row.barWidth > 0 && (
              <rect
                x={layout.plotX}
                y={row.barY}
                width={row.barWidth}
                height={layout.barHeight}
                fill={INK.bar}
              />
            )}
            <text
              x={layout.plotX + row.barWidth + 8}
              y={row.barY + layout.barHeight / 2 + 5}
              font-size={14}
              font-weight={typeof row.value === 'number' ? 'bold' : 'normal'}
              fill={typeof row.value === 'number' ? INK.text : INK.muted}
            >
              {typeof row.value === 'number'
                ? String(row.value)
                : row.value === 'unknown'
                  ? props.unknownLabel
                  : props.missingLabel}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
