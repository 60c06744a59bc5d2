import { markerPath } from './markers';
import { CHART_INK, SERIES_PAINT } from './palette';
import type { SeriesGeometry } from './radar-geometry';
import { num } from './svg-number';

/** Every series' polygon (or open segments when values are missing), then all markers on top. */
export function RadarSeriesLayer({ series }: { series: readonly SeriesGeometry[] }) {
  return (
    <g>
      {series.map((s) => {
        const paint = SERIES_PAINT[s.style];
        return (
          <path
            key={s.id}
            data-series-id={s.id}
            d={s.path}
            fill={s.closed ? paint.fill : 'none'}
            fill-opacity={s.closed ? paint.fillOpacity : undefined}
            stroke={paint.stroke}
            stroke-width={paint.strokeWidth}
            stroke-dasharray={paint.dash}
            stroke-linecap={paint.linecap}
            stroke-linejoin="round"
          />
        );
      })}
      {series.map((s) => {
        const paint = SERIES_PAINT[s.style];
        const d = markerPath(paint.marker);
        return (
          <g
            key={s.id}
            data-series-markers={s.id}
            fill={paint.stroke}
            stroke={CHART_INK.markerOutline}
            stroke-width={1}
          >
            {s.points.map((p) => (
              <path
                key={p.axisId}
                data-axis-id={p.axisId}
                d={d}
                transform={`translate(${num(p.x)} ${num(p.y)})`}
              />
            ))}
          </g>
        );
      })}
    </g>
  );
}
