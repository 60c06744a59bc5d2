/**
 * Pure functions from a `RadarInput` to everything the SVG draws: spokes, rings, series paths, markers,
 * labels, legend and the viewBox. No DOM, so the screen, the PDF and the tests share one geometry.
 * The star's centre is the origin; angles run clockwise from 12 o'clock, as in d3's radial generators.
 */
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import { curveLinear, curveLinearClosed, lineRadial } from 'd3-shape';
import { type Box, type LabelPlacement, labelFontSize, layoutLabels } from './label-layout';
import { type LegendLayout, layoutLegend } from './legend-layout';
import type { RadarInput, RadarSeries, SeriesStyle } from './types';

export interface SeriesPoint {
  axisId: string;
  value: number;
  x: number;
  y: number;
  /** Both neighbours are missing, so no line reaches this point: only its marker shows it. */
  isolated: boolean;
}

export interface SeriesGeometry {
  id: string;
  label: string;
  style: SeriesStyle;
  /** SVG path data: one closed polygon, or open segments between defined neighbours; '' when nothing is set. */
  path: string;
  closed: boolean;
  points: SeriesPoint[];
}

export interface Ring {
  value: number;
  r: number;
}

export interface Spoke {
  axisId: string;
  angle: number;
  x: number;
  y: number;
}

export interface RadarGeometry {
  viewBox: Box;
  radius: number;
  fontSize: number;
  rings: Ring[];
  /** Where the ring values are written: along this angle, just outside each ring. */
  ringLabelAngle: number;
  spokes: Spoke[];
  labels: LabelPlacement[];
  series: SeriesGeometry[];
  legend: LegendLayout;
}

/** The inner ring (the scale's minimum) sits this far out, so a minimum value stays visible apart from the others. */
const HOLE = 0.12;
/** Space between the outer ring and the labels, in multiples of the font size. */
const LABEL_GAP = 0.9;
const MARGIN = 12;

/** Angle of each of `count` spokes in radians, clockwise from 12 o'clock, starting at the top. */
export function spokeAngles(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i * 2 * Math.PI) / count);
}

/** Maps a scale value to its distance from the centre: `min` on a small inner ring, `max` on the outer ring. */
export function radiusScale(min: number, max: number, radius: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([min, max])
    .range([radius * HOLE, radius])
    .clamp(true);
}

/** A usable value, or null for a skipped axis (null, undefined, NaN): a skipped axis is never drawn as 0. */
export function definedValue(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Cartesian point at `angle` (clockwise from 12 o'clock) and distance `r` from the centre. */
export function polar(angle: number, r: number): { x: number; y: number } {
  return { x: r * Math.sin(angle), y: -r * Math.cos(angle) };
}

interface Vertex {
  axisId: string;
  angle: number;
  value: number | null;
}

/** Geometry of one series: a closed polygon when every axis has a value, otherwise segments and lone dots. */
export function seriesGeometry(
  series: RadarSeries,
  axisIds: readonly string[],
  scale: ScaleLinear<number, number>,
): SeriesGeometry {
  const angles = spokeAngles(axisIds.length);
  const vertices: Vertex[] = axisIds.map((axisId, i) => ({
    axisId,
    angle: angles[i] ?? 0,
    value: definedValue(series.values[axisId]),
  }));
  const closed = vertices.every((v) => v.value !== null);
  const line = lineRadial<Vertex>()
    .angle((v) => v.angle)
    .radius((v) => scale(v.value ?? 0))
    .defined((v) => v.value !== null)
    .digits(2);
  let path: string;
  if (closed) {
    path = line.curve(curveLinearClosed)(vertices) ?? '';
  } else {
    // Start just after a gap so that a segment running across the first spoke is not cut in two.
    const gap = vertices.findIndex((v) => v.value === null);
    const rotated = [...vertices.slice(gap + 1), ...vertices.slice(0, gap + 1)];
    path = line.curve(curveLinear)(rotated) ?? '';
  }
  const n = vertices.length;
  const points: SeriesPoint[] = [];
  vertices.forEach((v, i) => {
    if (v.value === null) return;
    const prev = vertices[(i + n - 1) % n]?.value ?? null;
    const next = vertices[(i + 1) % n]?.value ?? null;
    points.push({
      axisId: v.axisId,
      value: v.value,
      ...polar(v.angle, scale(v.value)),
      isolated: prev === null && next === null,
    });
  });
  return { id: series.id, label: series.label, style: series.style, path, closed, points };
}

/** Integer scale values from min to max, one grid ring each. */
export function ringValues(min: number, max: number): number[] {
  return Array.from({ length: Math.floor(max) - Math.ceil(min) + 1 }, (_, i) => Math.ceil(min) + i);
}

/** The star's radius: grows with the axis count so that spoke ends are far enough apart for their labels. */
export function starRadius(axisCount: number): number {
  return Math.max(150, axisCount * 11);
}

/** Everything the SVG needs, computed from the input alone. */
export function buildRadarGeometry(input: RadarInput): RadarGeometry {
  const n = input.axes.length;
  const fontSize = labelFontSize(n);
  const radius = starRadius(n);
  const scale = radiusScale(input.min, input.max, radius);
  const angles = spokeAngles(n);
  const spokes = input.axes.map((axis, i) => {
    const angle = angles[i] ?? 0;
    return { axisId: axis.id, angle, ...polar(angle, radius) };
  });
  const labels = layoutLabels(
    input.axes.map((axis, i) => ({ axisId: axis.id, label: axis.label, angle: angles[i] ?? 0 })),
    radius + fontSize * LABEL_GAP,
    fontSize,
  );
  const axisIds = input.axes.map((a) => a.id);
  const series = input.series.map((s) => seriesGeometry(s, axisIds, scale));
  const rings = ringValues(input.min, input.max).map((value) => ({ value, r: scale(value) }));
  // Keep the star centred: the wider side decides the half-width.
  const halfWidth =
    Math.max(radius, ...labels.map((l) => Math.max(-l.box.x, l.box.x + l.box.width))) + MARGIN;
  const top = Math.min(-radius, ...labels.map((l) => l.box.y)) - MARGIN;
  const bottom = Math.max(radius, ...labels.map((l) => l.box.y + l.box.height)) + fontSize;
  const keyItems = (input.tickLabels ?? []).map((label, i) => `${Math.ceil(input.min) + i} = ${label}`);
  const legend = layoutLegend(input.series, keyItems, 0, bottom, halfWidth * 2 - 2 * MARGIN, fontSize);
  const height = legend.box.y + legend.box.height + MARGIN - top;
  return {
    viewBox: { x: -halfWidth, y: top, width: halfWidth * 2, height },
    radius,
    fontSize,
    rings,
    ringLabelAngle: Math.min(Math.PI / n, Math.PI / 9),
    spokes,
    labels,
    series,
    legend,
  };
}
