// @vitest-environment node
// Pure geometry: runs without a DOM, as the PDF export does.
import { describe, expect, it } from 'vitest';
import { boxesOverlap, type LabelPlacement, labelFontSize, layoutLabels } from './label-layout';
import { spokeAngles, starRadius } from './radar-geometry';

const DANISH = [
  'Individuelle peer-samtaler',
  'Brobygning til fællesskaber og lokalmiljø',
  'Generelle medarbejderopgaver',
  'Sparring med andre peer-medarbejdere',
  'Deltagelse i behandlings\u00ADkonferencer',
  'Netværksmøder',
];

/** Lays out `n` labels the way the chart does; `long` makes every label three full lines. */
function layout(n: number, long = false): LabelPlacement[] {
  const angles = spokeAngles(n);
  const fontSize = labelFontSize(n);
  const inputs = angles.map((angle, i) => ({
    axisId: `t${i}`,
    label: long
      ? 'Brobygningsarbejde til fællesskaber og lokalmiljø i kommunen'
      : (DANISH[i % DANISH.length] ?? ''),
    angle,
  }));
  return layoutLabels(inputs, starRadius(n) + fontSize, fontSize);
}

/** Distance from the centre to the nearest point of a label's box. */
function nearestDistance(label: LabelPlacement): number {
  const { x, y, width, height } = label.box;
  const nx = Math.min(Math.max(0, x), x + width);
  const ny = Math.min(Math.max(0, y), y + height);
  return Math.hypot(nx, ny);
}

describe('axis labels', () => {
  it.each([3, 4, 5, 8, 12, 16, 20, 24])('never overlap one another (%i axes)', (n) => {
    for (const long of [false, true]) {
      const labels = layout(n, long);
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1))
          expect(boxesOverlap(a.box, b.box), `${a.axisId}/${b.axisId}`).toBe(false);
      }
    }
  });

  it.each([3, 12, 24])('stay outside the star (%i axes)', (n) => {
    for (const label of layout(n, true)) expect(nearestDistance(label)).toBeGreaterThan(starRadius(n));
  });

  it('anchor by angle: centred at the top and bottom, left-aligned on the right, right-aligned on the left', () => {
    expect(layout(4).map((l) => l.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
  });

  it('wrap long labels to at most three lines', () => {
    for (const label of layout(24, true)) {
      expect(label.lines.length).toBeLessThanOrEqual(3);
      expect(label.lines.at(-1)?.endsWith('…')).toBe(true);
    }
  });

  it('keep the full label, without soft hyphens, for screen readers', () => {
    const label = layout(6)[4];
    expect(label?.label).toBe('Deltagelse i behandlingskonferencer');
    expect(label?.lines).toEqual(['Deltagelse i', 'behandlings-', 'konferencer']);
  });

  it('cope with an empty label', () => {
    const [label] = layoutLabels([{ axisId: 'x', label: '', angle: 0 }], 100, 16);
    expect(Number.isFinite(label?.box.width)).toBe(true);
    expect(Number.isFinite(label?.y)).toBe(true);
  });

  it('use smaller text the more axes there are', () => {
    expect(labelFontSize(3)).toBeGreaterThan(labelFontSize(12));
    expect(labelFontSize(12)).toBeGreaterThan(labelFontSize(24));
  });

  it('sit by their spoke when there is room', () => {
    for (const label of layout(5)) expect(label.pushed).toBe(0);
  });
});
