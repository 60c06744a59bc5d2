import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RadarTable } from './RadarTable';
import type { RadarInput } from './types';

const input: RadarInput = {
  axes: [
    { id: 'samtaler', label: 'Individuelle peer-samtaler' },
    { id: 'brobygning', label: 'Brobygning til fællesskaber og lokalmiljø' },
    { id: 'generelle', label: 'Generelle medarbejderopgaver' },
  ],
  min: 0,
  max: 4,
  series: [
    { id: 'leder', label: 'Leder', style: 'manager', values: { samtaler: 4, brobygning: 0, generelle: 1 } },
    { id: 'peer', label: 'Peer-medarbejder', style: 'peer', values: { samtaler: 3, brobygning: null } },
  ],
};

describe('RadarTable', () => {
  it('lists the same numbers as the chart: a row per task, a column per person', () => {
    render(<RadarTable input={input} caption="Rollestjernen som tabel" axisHeader="Opgave" />);
    const table = screen.getByRole('table', { name: 'Rollestjernen som tabel' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Opgave', 'Leder', 'Peer-medarbejder']);
    const row = within(table).getByRole('row', { name: /Brobygning/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Brobygning til fællesskaber og lokalmiljø');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '–']);
  });

  it('writes values the way the caller asks, skipped ones included', () => {
    const format = (v: number | null | undefined) => (v == null ? 'Ikke besvaret' : `${v} af 4`);
    render(<RadarTable input={input} caption="Tabel" axisHeader="Opgave" formatValue={format} />);
    const row = screen.getByRole('row', { name: /Generelle/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1 af 4', 'Ikke besvaret']);
  });
});
