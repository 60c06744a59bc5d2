/**
 * The radar (star) chart: `RadarChart` draws it as a self-contained SVG (screen and PDF alike),
 * `RadarTable` gives the same numbers as a table, and `buildRadarGeometry` exposes the pure geometry.
 */

export { FONT_FAMILY, SERIES_PAINT, type SeriesPaint } from './palette';
export { RadarChart, type RadarChartProps } from './RadarChart';
export { RadarTable, type RadarTableProps } from './RadarTable';
export { buildRadarGeometry, type RadarGeometry } from './radar-geometry';
export type { RadarAxis, RadarInput, RadarSeries, SeriesStyle } from './types';
