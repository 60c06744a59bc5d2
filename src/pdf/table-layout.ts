/** Pure layout of a PDF table: how wide each column gets (tested without jsPDF). */

export interface ColumnMeasure {
  /** Width of the widest cell on one line. */
  natural: number;
  /** Width of the longest word (the column cannot be narrower without breaking words). */
  minimum: number;
}

/**
 * Column widths that fill `available`: every column gets at least its longest word (or an equal
 * share when even that does not fit), and the rest is shared by how much more each one wants.
 */
export function columnWidths(columns: readonly ColumnMeasure[], available: number): number[] {
  const n = columns.length;
  if (n === 0) return [];
  const floor = available / n / 2;
  const minimums = columns.map((c) => Math.min(Math.max(c.minimum, floor), available / n));
  const minTotal = minimums.reduce((a, b) => a + b, 0);
  const rest = Math.max(0, available - minTotal);
  const wants = columns.map((c, i) => Math.max(0, c.natural - (minimums[i] ?? 0)));
  const wantTotal = wants.reduce((a, b) => a + b, 0);
  return minimums.map((min, i) => min + (wantTotal > 0 ? (rest * (wants[i] ?? 0)) / wantTotal : rest / n));
}
