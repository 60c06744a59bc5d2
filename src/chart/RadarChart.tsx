import { useId, useMemo } from 'preact/hooks';
import { AxisLabel } from './AxisLabel';
import { FONT_FAMILY } from './palette';
import { RadarGrid, RingValues } from './RadarGrid';
import { RadarLegend } from './RadarLegend';
import { RadarSeriesLayer } from './RadarSeriesLayer';
import { buildRadarGeometry } from './radar-geometry';
import { num } from './svg-number';
import type { RadarInput } from './types';

export interface RadarChartProps {
  input: RadarInput;
  title: string;
  description: string;
  /** Makes each axis label a button, e.g. to jump to that task. */
  onAxisClick?: (axisId: string) => void;
  /** Stable ids for <title>/<desc>, e.g. when the SVG is serialised for the PDF. */
  idPrefix?: string;
}

/**
 * The radar (star) chart as a self-contained SVG: every visual is a presentation attribute, with no CSS,
 * so the PDF export can hand this exact SVG to svg2pdf.js. It scales to its container's width.
 */
export function RadarChart({ input, title, description, onAxisClick, idPrefix }: RadarChartProps) {
  const autoId = useId();
  const prefix = idPrefix ?? `radar-${autoId}`;
  const geometry = useMemo(() => buildRadarGeometry(input), [input]);
  const { viewBox } = geometry;
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={[viewBox.x, viewBox.y, viewBox.width, viewBox.height].map(num).join(' ')}
      width="100%"
      // An img's children are presentational, so interactive labels need a group (axe: nested-interactive).
      role={onAxisClick ? 'group' : 'img'}
      aria-labelledby={`${titleId} ${descId}`}
      font-family={FONT_FAMILY}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <RadarGrid geometry={geometry} />
      <RadarSeriesLayer series={geometry.series} />
      <RingValues geometry={geometry} />
      <g>
        {geometry.labels.map((label) => (
          <AxisLabel key={label.axisId} label={label} onActivate={onAxisClick} />
        ))}
      </g>
      <RadarLegend legend={geometry.legend} />
    </svg>
  );
}
