import type { LegendLayout } from './legend-layout';
import { markerPath } from './markers';
import { CHART_INK, FONT_FAMILY, SERIES_PAINT } from './palette';
import { num } from './svg-number';

/** The legend drawn inside the SVG (so it prints with the chart): a line sample and marker per series, then the scale key. */
export function RadarLegend({ legend }: { legend: LegendLayout }) {
  return (
    <g font-family={FONT_FAMILY}>
      {legend.entries.map((entry) => {
        const paint = SERIES_PAINT[entry.style];
        const mid = entry.x + entry.swatchWidth / 2;
        return (
          <g key={entry.seriesId}>
            <line
              x1={num(entry.x)}
              y1={num(entry.y)}
              x2={num(entry.x + entry.swatchWidth)}
              y2={num(entry.y)}
              stroke={paint.stroke}
              stroke-width={paint.strokeWidth}
              stroke-dasharray={paint.dash}
              stroke-linecap={paint.linecap}
            />
            <path
              d={markerPath(paint.marker)}
              transform={`translate(${num(mid)} ${num(entry.y)})`}
              fill={paint.stroke}
              stroke={CHART_INK.markerOutline}
              stroke-width={1}
            />
            <text
              x={num(entry.textX)}
              y={num(entry.y + legend.fontSize * 0.35)}
              font-family={FONT_FAMILY}
              font-size={legend.fontSize}
              fill={CHART_INK.text}
            >
              {entry.label}
            </text>
          </g>
        );
      })}
      {legend.keyLines.map((line) => (
        <text
          key={line.text}
          x={num(line.x)}
          y={num(line.y)}
          text-anchor="middle"
          font-family={FONT_FAMILY}
          font-size={legend.keyFontSize}
          fill={CHART_INK.mutedText}
        >
          {line.text}
        </text>
      ))}
    </g>
  );
}
