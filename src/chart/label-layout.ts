/**
 * Places the axis labels around the star so that no two overlap, at any axis count from 3 to 24.
 * Each label starts at the end of its spoke, anchored by angle (start on the right, end on the left,
 * middle at the top and bottom). Crowded labels are then pushed vertically *away* from the star's
 * horizontal midline, so a push can never move a label into the star; a leader line joins a pushed
 * label to its spoke.
 */
import { plainLabel, textWidth, wrapLabel } from './text-metrics';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface LabelPlacement {
  axisId: string;
  /** The full label, for screen readers and tooltips. */
  label: string;
  lines: string[];
  anchor: TextAnchor;
  /** Text x and the first line's baseline. */
  x: number;
  y: number;
  fontSize: number;
  lineHeight: number;
  /** Estimated extent of the text. */
  box: Box;
  /** Where the label was meant to sit (the spoke end) and whether a push moved it away from there. */
  spokeEnd: { x: number; y: number };
  pushed: number;
}

export interface LabelInput {
  axisId: string;
  label: string;
  /** Radians clockwise from 12 o'clock, as d3's radial generators use. */
  angle: number;
}

/** The gap kept between two label boxes, in font sizes: clearly more than the line gap inside a label. */
const GAP = 0.6;
/** Within this of the vertical axis a label is centred over/under its spoke. */
const MIDDLE_SIN = 0.08;

/** Font size (viewBox units) for the number of axes: fewer axes leave room for larger text. */
export function labelFontSize(axisCount: number): number {
  if (axisCount <= 8) return 16;
  if (axisCount <= 12) return 15;
  if (axisCount <= 18) return 14;
  return 13;
}

/** True when two boxes overlap (touching is not overlapping). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Where a label would sit at its spoke end, before collisions are resolved. */
function initialPlacement(input: LabelInput, radius: number, fontSize: number): LabelPlacement {
  const lines = wrapLabel(input.label);
  const lineHeight = fontSize * 1.2;
  const width = Math.max(0, ...lines.map((line) => textWidth(line, fontSize)));
  const height = Math.max(1, lines.length) * lineHeight;
  const sin = Math.sin(input.angle);
  const cos = Math.cos(input.angle);
  const px = radius * sin;
  const py = -radius * cos;
  const anchor: TextAnchor = Math.abs(sin) < MIDDLE_SIN ? 'middle' : sin > 0 ? 'start' : 'end';
  const left = anchor === 'start' ? px : anchor === 'end' ? px - width : px - width / 2;
  // Slide the box from "above the spoke end" (top) through "level with it" (sides) to "below it" (bottom).
  const top = py - height / 2 - (height / 2) * cos;
  return {
    axisId: input.axisId,
    label: plainLabel(input.label),
    lines,
    anchor,
    x: px,
    y: 0,
    fontSize,
    lineHeight,
    box: { x: left, y: top, width, height },
    spokeEnd: { x: px, y: py },
    pushed: 0,
  };
}

/** Moves a label box vertically by `dy`. */
function shift(label: LabelPlacement, dy: number): void {
  label.box.y += dy;
  label.pushed += Math.abs(dy);
}

/** `box` grown by `dx` left and right and `dy` above and below. */
export function inflate(box: Box, dx: number, dy: number): Box {
  return { x: box.x - dx, y: box.y - dy, width: box.width + 2 * dx, height: box.height + 2 * dy };
}

/** Pushes `label` up (direction -1) or down (+1) until it keeps a gap to every label already placed. */
function pushClear(label: LabelPlacement, placed: readonly LabelPlacement[], direction: -1 | 1): void {
  const gap = GAP * label.fontSize;
  for (let moved = true; moved; ) {
    moved = false;
    for (const other of placed) {
      if (!boxesOverlap(inflate(label.box, gap / 2, gap / 2), inflate(other.box, gap / 2, gap / 2))) continue;
      // The extra hundredth guarantees progress, so rounding can never make this loop forever.
      const target =
        direction < 0
          ? other.box.y - gap - label.box.height - 0.01
          : other.box.y + other.box.height + gap + 0.01;
      shift(label, target - label.box.y);
      moved = true;
    }
  }
}

/**
 * Lays out all labels around a circle of `radius`: wrapped, anchored by angle, and free of overlaps.
 * Upper labels are placed from the sides towards the top, pushing up; lower ones towards the bottom, pushing down.
 */
export function layoutLabels(
  inputs: readonly LabelInput[],
  radius: number,
  fontSize: number,
): LabelPlacement[] {
  const labels = inputs.map((input) => initialPlacement(input, radius, fontSize));
  const byAngle = (index: number) => inputs[index]?.angle ?? 0;
  const indices = labels.map((_, i) => i);
  // Distance from 3/9 o'clock decides the order: the side labels are placed first and stay by their spoke.
  const fromSide = (i: number) => Math.abs(Math.cos(byAngle(i)));
  const upper = indices.filter((i) => Math.cos(byAngle(i)) >= 0).sort((a, b) => fromSide(a) - fromSide(b));
  const lower = indices.filter((i) => Math.cos(byAngle(i)) < 0).sort((a, b) => fromSide(a) - fromSide(b));
  const placed: LabelPlacement[] = [];
  for (const [group, direction] of [
    [upper, -1],
    [lower, 1],
  ] as const) {
    for (const i of group) {
      const label = labels[i];
      if (!label) continue;
      pushClear(label, placed, direction);
      placed.push(label);
    }
  }
  // First baseline: the line box's centre plus about a third of an em, where Helvetica's x-height centres.
  for (const label of labels) label.y = label.box.y + label.lineHeight / 2 + label.fontSize * 0.35;
  return labels;
}
