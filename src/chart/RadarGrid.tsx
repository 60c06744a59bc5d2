import { CHART_INK, FONT_FAMILY } from './palette';
import type { RadarGeometry } from './radar-geometry';
import { polar } from './radar-geometry';
import { num } from './svg-number';

/** The rings (one per scale value) and the spokes: the star's scaffolding. */
export function RadarGrid({ geometry }: { geometry: RadarGeometry }) {
  const { rings, spokes } = geometry;
  const outer = rings.at(-1)?.value;
  return (
    <g>
      {rings.map((ring) => (
        <circle
          key={ring.value}
          cx={0}
          cy={0}
          r={num(ring.r)}
          fill="none"
          stroke={ring.value === outer ? CHART_INK.outerRing : CHART_INK.grid}
          stroke-width={1}
        />
      ))}
      {spokes.map((spoke) => (
        <line
          key={spoke.axisId}
          x1={0}
          y1={0}
          x2={num(spoke.x)}
          y2={num(spoke.y)}
          stroke={CHART_INK.grid}
          stroke-width={1}
        />
      ))}
    </g>
  );
}

/** The value of each ring, written on a white halo above the series so that no line hides it. */
export function RingValues({ geometry }: { geometry: RadarGeometry }) {
  const { rings, ringLabelAngle, fontSize } = geometry;
  const size = Math.round(fontSize * 0.8);
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: false positive, an SVG <g> is not focusable; hides bare numbers.
    <g aria-hidden="true" font-family={FONT_FAMILY} font-size={size}>
      {rings.map((ring) => {
        const at = polar(ringLabelAngle, ring.r);
        const x = num(at.x + 3);
        const y = num(at.y - 3);
        // Two texts rather than paint-order, which svg2pdf.js does not know: the halo, then the figure.
        return (
          <g key={ring.value}>
            <text
              x={x}
              y={y}
              font-family={FONT_FAMILY}
              font-size={size}
              fill={CHART_INK.halo}
              stroke={CHART_INK.halo}
              stroke-width={5}
              stroke-linejoin="round"
            >
              {ring.value}
            </text>
            <text x={x} y={y} font-family={FONT_FAMILY} font-size={size} fill={CHART_INK.mutedText}>
              {ring.value}
            </text>
          </g>
        );
      })}
    </g>
  );
}
