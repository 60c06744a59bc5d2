import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { RadarChart } from './RadarChart';
import type { RadarInput } from './types';

const axes = [
  { id: 'samtaler', label: 'Individuelle peer-samtaler' },
  { id: 'brobygning', label: 'Brobygning til fællesskaber og lokalmiljø' },
  { id: 'generelle', label: 'Generelle medarbejderopgaver' },
  { id: 'sparring', label: 'Sparring med andre peer-medarbejdere' },
  { id: 'undervisning', label: 'Undervisning af kolleger' },
];

const input: RadarInput = {
  axes,
  min: 0,
  max: 4,
  tickLabels: ['Ikke en del af rollen', 'Lidt', 'Noget', 'Meget', 'Helt central'],
  series: [
    {
      id: 'leder',
      label: 'Leder',
      style: 'manager',
      values: { samtaler: 4, brobygning: 3, generelle: 1, sparring: 2, undervisning: 0 },
    },
    {
      id: 'peer',
      label: 'Peer-medarbejder',
      style: 'peer',
      values: { samtaler: 3, brobygning: null, generelle: 2, sparring: 4, undervisning: 1 },
    },
    {
      id: 'aftalt',
      label: 'Aftalt',
      style: 'agreed',
      values: { samtaler: 4, brobygning: 2, generelle: 2, sparring: 3, undervisning: 1 },
    },
  ],
};

function renderChart(onAxisClick?: (axisId: string) => void) {
  return render(
    <RadarChart
      input={input}
      title="Rollestjerne"
      description="Leder og peer-medarbejder har vurderet fem opgaver."
      onAxisClick={onAxisClick}
      idPrefix="star"
    />,
  );
}

/** Every number in a path's data, as (x, y) pairs. */
function pathPoints(d: string): [number, number][] {
  const n = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  return n.flatMap((x, i) => (i % 2 === 0 ? [[x, n[i + 1] ?? 0] as [number, number]] : []));
}

describe('RadarChart', () => {
  it('is named by its title and described by its description', () => {
    const { container } = renderChart();
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-labelledby')).toBe('star-title star-desc');
    expect(container.querySelector('#star-title')?.textContent).toBe('Rollestjerne');
    expect(container.querySelector('#star-desc')?.textContent).toContain('fem opgaver');
    expect(svg?.getAttribute('width')).toBe('100%');
    expect(svg?.getAttribute('viewBox')).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
  });

  it('draws one line per series, with a marker for each answered task', () => {
    const { container } = renderChart();
    expect(container.querySelectorAll('path[data-series-id]')).toHaveLength(3);
    expect(container.querySelectorAll('[data-series-markers="leder"] path')).toHaveLength(5);
    expect(container.querySelectorAll('[data-series-markers="peer"] path')).toHaveLength(4);
  });

  it('does not draw a skipped task at the centre', () => {
    const { container } = renderChart();
    expect(container.querySelector('[data-series-markers="peer"] [data-axis-id="brobygning"]')).toBeNull();
    const peer = container.querySelector('path[data-series-id="peer"]')?.getAttribute('d') ?? '';
    expect(peer).not.toBe('');
    for (const [x, y] of pathPoints(peer)) expect(Math.hypot(x, y)).toBeGreaterThan(10);
    // A complete series is closed and may be filled; the one with a gap is open and never filled.
    expect(container.querySelector('path[data-series-id="aftalt"]')?.getAttribute('fill')).not.toBe('none');
    expect(container.querySelector('path[data-series-id="peer"]')?.getAttribute('fill')).toBe('none');
  });

  it('shows every task label and a legend inside the SVG', () => {
    const { container } = renderChart();
    const text = [...container.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const word of [
      'Individuelle',
      'peer-samtaler',
      'lokalmiljø',
      'Leder',
      'Peer-medarbejder',
      'Aftalt',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).toContain('4 = Helt central');
  });

  it('uses only presentation attributes, so the SVG prints through the PDF builder (src/pdf/svg.ts)', () => {
    const { container } = renderChart();
    expect(container.querySelector('[style], [class]')).toBeNull();
    for (const t of container.querySelectorAll('text')) {
      expect(t.getAttribute('font-family')).toContain('helvetica');
      expect(t.getAttribute('font-size')).toMatch(/^\d+$/);
    }
  });

  it('has no buttons unless told what a label click does', () => {
    renderChart();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('makes each label a button that reacts to click, Enter and Space', () => {
    const onAxisClick = vi.fn();
    const { container } = renderChart(onAxisClick);
    expect(container.querySelector('svg')?.getAttribute('role')).toBe('group');
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(5);
    const brobygning = screen.getByRole('button', { name: 'Brobygning til fællesskaber og lokalmiljø' });
    expect(brobygning.getAttribute('tabindex')).toBe('0');
    fireEvent.click(brobygning);
    fireEvent.keyDown(brobygning, { key: 'Enter' });
    fireEvent.keyDown(brobygning, { key: ' ' });
    fireEvent.keyDown(brobygning, { key: 'a' });
    expect(onAxisClick.mock.calls).toEqual([['brobygning'], ['brobygning'], ['brobygning']]);
  });

  it('gives each label button a touch target of at least 44 units', () => {
    renderChart(() => {});
    for (const button of screen.getAllByRole('button')) {
      const hit = button.querySelector('rect');
      expect(Number(hit?.getAttribute('width'))).toBeGreaterThanOrEqual(44);
      expect(Number(hit?.getAttribute('height'))).toBeGreaterThanOrEqual(44);
    }
  });
});
