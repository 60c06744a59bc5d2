import { CHART_WIDTH, layoutBars, wrapBarLabel } from './bar-layout';

describe('readiness bar chart layout', () => {
  it('draws each bar in proportion to its answer, and no bar for "ved ikke" or no answer', () => {
    const layout = layoutBars([
      { id: 'a', label: 'Ledelsen bakker op', value: 4 },
      { id: 'b', label: 'Klar funktionsbeskrivelse', value: 2 },
      { id: 'c', label: 'Plan for start', value: 'unknown' },
      { id: 'd', label: 'Åbne', value: undefined },
    ]);
    const [a, b, c, d] = layout.rows;
    expect(a?.barWidth).toBeCloseTo(layout.plotWidth);
    expect(b?.barWidth).toBeCloseTo(layout.plotWidth / 2);
    expect(c?.barWidth).toBe(0);
    expect(d?.barWidth).toBe(0);
    expect(layout.plotX + layout.plotWidth).toBeLessThan(CHART_WIDTH);
    expect(layout.ticks.map((t) => t.x)).toEqual(
      [1, 2, 3, 4].map((v) => layout.plotX + (v / 4) * layout.plotWidth),
    );
  });

  it('keeps rows apart and inside the chart', () => {
    const layout = layoutBars(Array.from({ length: 14 }, (_, i) => ({ id: `r${i}`, label: 'x', value: 3 })));
    for (let i = 1; i < layout.rows.length; i++) {
      const gap = (layout.rows[i]?.barY ?? 0) - (layout.rows[i - 1]?.barY ?? 0);
      expect(gap).toBeGreaterThan(layout.barHeight);
    }
    const last = layout.rows.at(-1);
    expect((last?.barY ?? 0) + layout.barHeight).toBeLessThan(layout.height);
  });

  it('wraps long own statements into two lines and shortens the rest', () => {
    expect(wrapBarLabel('Kort')).toEqual(['Kort']);
    const lines = wrapBarLabel(
      'Vi har talt med tillidsrepræsentanten om, hvordan stillingen skal aflønnes og hvilke vilkår der gælder',
    );
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.length <= 27)).toBe(true);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
