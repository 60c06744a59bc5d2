import { todayIso } from '../tool-kit/normalise';
import { columnWidths } from './table-layout';
import { exportFileName, slugify } from './text';

test('file names spell out æ, ø and å and carry the date', () => {
  expect(slugify('Bostedet Åbrinken – Team Øst')).toBe('bostedet-aabrinken-team-oest');
  expect(slugify('Café Læsø')).toBe('cafe-laesoe');
  expect(exportFileName('peerstart', 'Bostedet Åbrinken', '2026-11-23', 'pdf')).toBe(
    'peerstart-bostedet-aabrinken-2026-11-23.pdf',
  );
  expect(exportFileName('peerstart', '😀', '2026-11-23', 'pdf')).toBe('peerstart-2026-11-23.pdf');
  expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
});

test('table columns fill the width and a long text column gets the most room', () => {
  const widths = columnWidths(
    [
      { natural: 20, minimum: 15 },
      { natural: 300, minimum: 25 },
      { natural: 10, minimum: 10 },
    ],
    170,
  );
  expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(170);
  expect(widths[1]).toBeGreaterThan(100);
  expect(widths[0]).toBeGreaterThanOrEqual(15);
  expect(widths[2]).toBeGreaterThanOrEqual(10);
});

test('a column with one enormous word cannot squeeze the others out', () => {
  const widths = columnWidths(
    [
      { natural: 500, minimum: 500 },
      { natural: 30, minimum: 20 },
    ],
    170,
  );
  expect(widths[1]).toBeGreaterThanOrEqual(20);
  expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(170);
});
