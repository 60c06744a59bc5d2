// @vitest-environment node
// Pure geometry: runs without a DOM, as the PDF export does.
import { describe, expect, it } from 'vitest';
import { boxesOverlap } from './label-layout';
import {
  buildRadarGeometry,
  definedValue,
  polar,
  radiusScale,
  ringValues,
  seriesGeometry,
  spokeAngles,
} from './radar-geometry';
import type { RadarInput, RadarSeries } from './types';

/** The (x, y) vertices of a path made of M/L/Z commands, as d3's linear curves write them. */
function vertices(path: string): [number, number][] {
  const numbers = (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) out.push([numbers[i] ?? 0, numbers[i + 1] ?? 0]);
  return out;
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
const series = (values: Record<string, number | null | undefined>): RadarSeries => ({
  id: 's',
  label: 'Leder',
  style: 'manager',
  values,
});
const scale = radiusScale(0, 4, 200);

describe('spokes', () => {
  it('spreads the spokes evenly, clockwise, starting at 12 o’clock', () => {
    expect(spokeAngles(4)).toEqual([0, Math.PI / 2, Math.PI, (3 * Math.PI) / 2]);
    const top = polar(0, 100);
    expect(top.x).toBeCloseTo(0);
    expect(top.y).toBeCloseTo(-100);
    const right = polar(Math.PI / 2, 100);
    expect(right.x).toBeCloseTo(100);
    expect(right.y).toBeCloseTo(0);
  });
});

describe('radii', () => {
  it('puts each scale value on its own ring, the lowest just off the centre and the highest on the edge', () => {
    const radii = ringValues(0, 4).map((v) => scale(v));
    expect(ringValues(0, 4)).toEqual([0, 1, 2, 3, 4]);
    expect(radii[0]).toBeGreaterThan(0);
    expect(radii[4]).toBe(200);
    const steps = radii.slice(1).map((r, i) => r - (radii[i] ?? 0));
    for (const step of steps) expect(step).toBeCloseTo(steps[0] ?? 0);
  });

  it('keeps out-of-range values on the chart', () => {
    expect(scale(9)).toBe(200);
    expect(scale(-3)).toBe(scale(0));
  });
});

describe('series', () => {
  it('draws a complete set of answers as one closed polygon', () => {
    const g = seriesGeometry(series({ t0: 1, t1: 2, t2: 3, t3: 4, t4: 0 }), ids(5), scale);
    expect(g.closed).toBe(true);
    expect(g.path.match(/M/g)).toHaveLength(1);
    expect(g.path.endsWith('Z')).toBe(true);
    expect(vertices(g.path)).toHaveLength(5);
    expect(g.points.map((p) => p.value)).toEqual([1, 2, 3, 4, 0]);
  });

  it('treats null, undefined and NaN as skipped but 0 as an answer', () => {
    expect([null, undefined, Number.NaN].map(definedValue)).toEqual([null, null, null]);
    expect(definedValue(0)).toBe(0);
  });

  it('leaves a gap at a skipped axis instead of drawing it as 0', () => {
    const g = seriesGeometry(series({ t0: 2, t1: 2, t2: null, t3: 2, t4: 2 }), ids(5), scale);
    expect(g.closed).toBe(false);
    expect(g.points.map((p) => p.axisId)).toEqual(['t0', 't1', 't3', 't4']);
    // One open line t3 → t4 → t0 → t1 that runs across the top spoke without a break and never visits t2.
    expect(g.path.match(/M/g)).toHaveLength(1);
    expect(g.path).not.toContain('Z');
    const pts = vertices(g.path);
    expect(pts).toHaveLength(4);
    const skipped = polar(spokeAngles(5)[2] ?? 0, 1);
    for (const [x, y] of pts) {
      expect(Math.hypot(x, y)).toBeCloseTo(scale(2), 1);
      // Not on the skipped spoke: its direction differs from every drawn vertex.
      expect(x * skipped.x + y * skipped.y).toBeLessThan(Math.hypot(x, y) * 0.99);
    }
  });

  it('nothing in a series is drawn at the centre', () => {
    const g = seriesGeometry(series({ t0: 0, t1: null, t2: 0, t3: undefined, t4: 0, t5: 0 }), ids(6), scale);
    for (const [x, y] of vertices(g.path)) expect(Math.hypot(x, y)).toBeGreaterThan(1);
    for (const p of g.points) expect(Math.hypot(p.x, p.y)).toBeCloseTo(scale(0));
  });

  it('splits a series with two gaps into two segments', () => {
    const g = seriesGeometry(series({ t0: 1, t1: null, t2: 3, t3: 3, t4: null, t5: 1 }), ids(6), scale);
    expect(g.path.match(/M/g)).toHaveLength(2);
    expect(g.points.every((p) => !p.isolated)).toBe(true);
  });

  it('marks a value between two skipped axes as isolated, so it is shown as a dot', () => {
    const g = seriesGeometry(series({ t0: 3, t1: null, t2: 4, t3: null, t4: 2, t5: 1 }), ids(6), scale);
    expect(g.points.find((p) => p.axisId === 't2')?.isolated).toBe(true);
    expect(g.points.filter((p) => p.isolated)).toHaveLength(1);
  });

  it('draws nothing for a series without answers', () => {
    const g = seriesGeometry(series({}), ids(4), scale);
    expect(g.path).toBe('');
    expect(g.points).toEqual([]);
  });
});

const LONG = 'Brobygning til fællesskaber og lokalmiljø i hele kommunen';

/** An input with `n` axes, all with long labels, and three series. */
function input(n: number, tickLabels?: string[]): RadarInput {
  const axes = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, label: `${i + 1}. ${LONG}` }));
  const values = Object.fromEntries(axes.map((a, i) => [a.id, i % 5]));
  return {
    axes,
    min: 0,
    max: 4,
    tickLabels,
    series: [
      { id: 'm', label: 'Leder', style: 'manager', values },
      { id: 'p', label: 'Peer-medarbejder', style: 'peer', values: { ...values, t1: null } },
      { id: 'a', label: 'Aftalt', style: 'agreed', values },
    ],
  };
}

/** True when `inner` lies inside `outer`. */
function contains(
  outer: { x: number; y: number; width: number; height: number },
  inner: typeof outer,
): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

describe('the whole chart', () => {
  it.each([3, 12, 24])('fits labels, star and legend inside the viewBox without overlap (%i axes)', (n) => {
    const g = buildRadarGeometry(input(n, ['Ikke en del', 'Lidt', 'Noget', 'Meget', 'Helt central']));
    const { viewBox, labels, legend, radius } = g;
    expect(labels).toHaveLength(n);
    for (const label of labels) {
      expect(contains(viewBox, label.box)).toBe(true);
      expect(boxesOverlap(label.box, legend.box)).toBe(false);
    }
    expect(contains(viewBox, { x: -radius, y: -radius, width: 2 * radius, height: 2 * radius })).toBe(true);
    expect(contains(viewBox, legend.box)).toBe(true);
    expect(legend.entries.map((e) => e.label)).toEqual(['Leder', 'Peer-medarbejder', 'Aftalt']);
    expect(legend.keyLines.map((l) => l.text).join(' · ')).toContain('4 = Helt central');
  });

  it('keeps the star centred in the viewBox', () => {
    const { viewBox } = buildRadarGeometry(input(7));
    expect(viewBox.x + viewBox.width / 2).toBeCloseTo(0);
  });

  it('gives every series its geometry and every axis a spoke', () => {
    const g = buildRadarGeometry(input(12));
    expect(g.spokes).toHaveLength(12);
    expect(g.series.map((s) => [s.id, s.closed])).toEqual([
      ['m', true],
      ['p', false],
      ['a', true],
    ]);
    expect(g.rings.map((r) => r.value)).toEqual([0, 1, 2, 3, 4]);
  });
});
