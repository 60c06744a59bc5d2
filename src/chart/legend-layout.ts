/** Lays out the legend (one entry per series) and the scale key inside the SVG, below the star. */
import type { Box } from './label-layout';
import { textWidth } from './text-metrics';
import type { SeriesStyle } from './types';

export interface LegendEntry {
  seriesId: string;
  label: string;
  style: SeriesStyle;
  /** Left end of the line sample; the marker sits in its middle; the text starts at `textX`. */
  x: number;
  /** The entry's vertical centre. */
  y: number;
  swatchWidth: number;
  textX: number;
}

export interface KeyLine {
  text: string;
  x: number;
  y: number;
}

export interface LegendLayout {
  entries: LegendEntry[];
  keyLines: KeyLine[];
  fontSize: number;
  keyFontSize: number;
  box: Box;
}

const SWATCH = 36;
const SWATCH_GAP = 8;
const ENTRY_GAP = 28;

/** Splits `items` into rows no wider than `maxWidth`, given each item's width and the gap between items. */
function rows<T>(items: readonly T[], width: (item: T) => number, gap: number, maxWidth: number): T[][] {
  const out: T[][] = [];
  let row: T[] = [];
  let used = 0;
  for (const item of items) {
    const w = width(item);
    if (row.length > 0 && used + gap + w > maxWidth) {
      out.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? gap : 0) + w;
    row.push(item);
  }
  if (row.length > 0) out.push(row);
  return out;
}

/** Places legend entries in centred rows, then the scale key ("0 = …") in centred lines, starting at `top`. */
export function layoutLegend(
  series: readonly { id: string; label: string; style: SeriesStyle }[],
  keyItems: readonly string[],
  centerX: number,
  top: number,
  maxWidth: number,
  fontSize: number,
): LegendLayout {
  const keyFontSize = Math.round(fontSize * 0.85);
  const rowHeight = Math.max(fontSize * 1.6, 24);
  const entryWidth = (s: { label: string }) => SWATCH + SWATCH_GAP + textWidth(s.label, fontSize);
  const entries: LegendEntry[] = [];
  let y = top;
  for (const row of rows(series, entryWidth, ENTRY_GAP, maxWidth)) {
    const total = row.reduce((sum, s) => sum + entryWidth(s), 0) + ENTRY_GAP * (row.length - 1);
    let x = centerX - total / 2;
    for (const s of row) {
      const cy = y + rowHeight / 2;
      entries.push({
        seriesId: s.id,
        label: s.label,
        style: s.style,
        x,
        y: cy,
        swatchWidth: SWATCH,
        textX: x + SWATCH + SWATCH_GAP,
      });
      x += entryWidth(s) + ENTRY_GAP;
    }
    y += rowHeight;
  }
  const keyLines: KeyLine[] = [];
  const keyLineHeight = keyFontSize * 1.4;
  if (keyItems.length > 0) y += keyFontSize * 0.4;
  // Key items are joined with a middle dot on each line; an item is never split across lines.
  const separator = ' · ';
  const sepWidth = textWidth(separator, keyFontSize);
  for (const row of rows(keyItems, (k) => textWidth(k, keyFontSize), sepWidth, maxWidth)) {
    keyLines.push({ text: row.join(separator), x: centerX, y: y + keyLineHeight * 0.7 });
    y += keyLineHeight;
  }
  return {
    entries,
    keyLines,
    fontSize,
    keyFontSize,
    box: { x: centerX - maxWidth / 2, y: top, width: maxWidth, height: y - top },
  };
}
