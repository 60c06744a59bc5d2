/**
 * Geometry of the readiness bar chart (one horizontal bar per statement, 0–4), as pure numbers so the
 * screen and the PDF draw the same SVG and the layout is tested without a DOM.
 */
import type { ReadinessAnswer } from '../../../content/readiness';

export interface BarInput {
  id: string;
  label: string;
  value: ReadinessAnswer | undefined;
}

export interface BarRowLayout {
  id: string;
  label: string;
  lines: string[];
  /** Baseline of the first label line. */
  labelY: number;
  barY: number;
  /** Width of the bar; 0 for "ved ikke" and unanswered rows, which show `note` instead. */
  barWidth: number;
  value: ReadinessAnswer | undefined;
}

export interface BarLayout {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  barHeight: number;
  fontSize: number;
  lineHeight: number;
  ticks: { value: number; x: number }[];
  gridTop: number;
  gridBottom: number;
  rows: BarRowLayout[];
}

export const CHART_WIDTH = 580;
const LABEL_WIDTH = 210;
const PLOT_GAP = 14;
const RIGHT_PAD = 40;
const HEADER = 34;
const ROW = 44;
const BAR = 20;
const FONT = 15;
/** At 15 px Helvetica averages about 7.3 px a character; 27 characters fit the label column. */
const LINE_CHARS = 27;

/** Wraps a label into at most two lines, ending in "…" when it is longer. */
export function wrapBarLabel(label: string, maxChars = LINE_CHARS): string[] {
  const words = label.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = lines.slice(0, 2).map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
  const last = cut[1];
  if (lines.length > 2 && last !== undefined) cut[1] = `${last.slice(0, maxChars - 1)}…`;
  return cut.length > 0 ? cut : [''];
}

/** Lays the bars out: labels on the left, a 0–4 scale with grid lines at 1–4 on the right. */
export function layoutBars(inputs: readonly BarInput[]): BarLayout {
  const plotX = LABEL_WIDTH + PLOT_GAP;
  const plotWidth = CHART_WIDTH - plotX - RIGHT_PAD;
  const x = (value: number) => plotX + (value / 4) * plotWidth;
  const lineHeight = FONT * 1.15;
  const rows = inputs.map((input, index) => {
    const top = HEADER + index * ROW;
    const lines = wrapBarLabel(input.label);
    const textHeight = lines.length * lineHeight;
    return {
      id: input.id,
      label: input.label,
      lines,
      labelY: top + (ROW - textHeight) / 2 + FONT * 0.85,
      barY: top + (ROW - BAR) / 2,
      barWidth: typeof input.value === 'number' ? x(input.value) - plotX : 0,
      value: input.value,
    };
  });
  return {
    width: CHART_WIDTH,
    height: HEADER + inputs.length * ROW + 8,
    plotX,
    plotWidth,
    barHeight: BAR,
    fontSize: FONT,
    lineHeight,
    ticks: [1, 2, 3, 4].map((value) => ({ value, x: x(value) })),
    gridTop: HEADER - 6,
    gridBottom: HEADER + inputs.length * ROW,
    rows,
  };
}
