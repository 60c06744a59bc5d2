/**
 * Draws a chart's SVG (the very element the screen renders, from the same geometry) as PDF vector
 * graphics: paths (M L H V C S Q T A Z), circles, rects, lines, polygons, `translate` groups,
 * fill/stroke/opacity/dash, and text through the PDF's own fonts, so every script in a label prints.
 * An axis label cut with "…" on screen is wrapped onto more lines here (its full text is in
 * `data-label`).
 */
import type { PdfCanvas, Rgb } from './canvas';
import { PAGE_HEIGHT } from './canvas';
import type { Weight } from './fonts';
import { n } from './pdf-file';

type Matrix = [number, number, number, number, number, number];

interface Paint {
  fill: string;
  stroke: string;
  strokeWidth: number;
  fillOpacity: number;
  strokeOpacity: number;
  dash: string;
  fontSize: number;
  fontWeight: Weight;
  anchor: string;
}

const NAMED: Record<string, Rgb> = { black: [0, 0, 0], white: [255, 255, 255] };

export function parseColor(value: string): Rgb | null {
  const v = value.trim().toLowerCase();
  if (!v || v === 'none' || v === 'transparent') return null;
  if (NAMED[v]) return NAMED[v];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(v)?.[1];
  if (rgb) {
    const [r = 0, g = 0, b = 0] = rgb.split(/[\s,]+/).map(Number);
    return [r, g, b];
  }
  return [0, 0, 0];
}

function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

function parseTransform(value: string | null): Matrix {
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  if (!value) return m;
  for (const [, op, args] of value.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const a = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (op === 'translate') m = multiply(m, [1, 0, 0, 1, a[0] ?? 0, a[1] ?? 0]);
    else if (op === 'scale') m = multiply(m, [a[0] ?? 1, 0, 0, a[1] ?? a[0] ?? 1, 0, 0]);
    else if (op === 'rotate') {
      const r = ((a[0] ?? 0) * Math.PI) / 180;
      m = multiply(m, [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
    } else if (op === 'matrix' && a.length === 6) m = multiply(m, a as Matrix);
  }
  return m;
}

/** SVG path data → PDF path operators (absolute coordinates, arcs as cubic Béziers). */
export function pathOps(d: string): string {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const out: string[] = [];
  let i = 0;
  let cmd = '';
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  let cx = 0;
  let cy = 0;
  const num = () => Number(tokens[i++]);
  const isNum = () => i < tokens.length && !/^[a-zA-Z]$/.test(tokens[i] ?? '');
  while (i < tokens.length) {
    if (!isNum()) cmd = tokens[i++] ?? '';
    const rel = cmd === cmd.toLowerCase();
    const C = cmd.toUpperCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    if (C === 'Z') {
      out.push('h');
      x = sx;
      y = sy;
      continue;
    }
    if (!isNum()) continue;
    if (C === 'M') {
      x = ox + num();
      y = oy + num();
      sx = x;
      sy = y;
      out.push(`${n(x)} ${n(y)} m`);
      cmd = rel ? 'l' : 'L';
      cx = x;
      cy = y;
    } else if (C === 'L' || C === 'H' || C === 'V') {
      if (C !== 'V') x = (C === 'H' ? ox : ox) + num();
      if (C === 'L') y = oy + num();
      if (C === 'V') y = oy + num();
      out.push(`${n(x)} ${n(y)} l`);
      cx = x;
      cy = y;
    } else if (C === 'C' || C === 'S') {
      let x1: number;
      let y1: number;
      if (C === 'C') {
        x1 = ox + num();
        y1 = oy + num();
      } else {
        x1 = 2 * x - cx;
        y1 = 2 * y - cy;
      }
      const x2 = ox + num();
      const y2 = oy + num();
      x = ox + num();
      y = oy + num();
      out.push(`${n(x1)} ${n(y1)} ${n(x2)} ${n(y2)} ${n(x)} ${n(y)} c`);
      cx = x2;
      cy = y2;
    } else if (C === 'Q' || C === 'T') {
      let qx: number;
      let qy: number;
      if (C === 'Q') {
        qx = ox + num();
        qy = oy + num();
      } else {
        qx = 2 * x - cx;
        qy = 2 * y - cy;
      }
      const ex = ox + num();
      const ey = oy + num();
      out.push(
        `${n(x + ((qx - x) * 2) / 3)} ${n(y + ((qy - y) * 2) / 3)} ${n(ex + ((qx - ex) * 2) / 3)} ${n(ey + ((qy - ey) * 2) / 3)} ${n(ex)} ${n(ey)} c`,
      );
      x = ex;
      y = ey;
      cx = qx;
      cy = qy;
    } else if (C === 'A') {
      const rx = Math.abs(num());
      const ry = Math.abs(num());
      const rotation = num();
      const large = num() !== 0;
      const sweep = num() !== 0;
      const ex = ox + num();
      const ey = oy + num();
      out.push(...arcOps(x, y, rx, ry, rotation, large, sweep, ex, ey));
      x = ex;
      y = ey;
      cx = x;
      cy = y;
    } else {
      i++;
    }
  }
  return out.join(' ');
}

function arcOps(
  x1: number,
  y1: number,
  rx: number,
  ry: number,
  rotation: number,
  large: boolean,
  sweep: boolean,
  x2: number,
  y2: number,
): string[] {
  if (rx === 0 || ry === 0 || (x1 === x2 && y1 === y2)) return [`${n(x2)} ${n(y2)} l`];
  const phi = (rotation * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let coef = Math.sqrt(Math.max(0, num / den));
  if (large === sweep) coef = -coef;
  const cxp = (coef * rx * y1p) / ry;
  const cyp = (-coef * ry * x1p) / rx;
  const centerX = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const centerY = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const parts = Math.ceil(Math.abs(delta) / (Math.PI / 2));
  const step = delta / parts;
  const k = (4 / 3) * Math.tan(step / 4);
  const out: string[] = [];
  let t = theta1;
  for (let p = 0; p < parts; p++) {
    const c1 = Math.cos(t);
    const s1 = Math.sin(t);
    const c2 = Math.cos(t + step);
    const s2 = Math.sin(t + step);
    const e1 = [c1 - k * s1, s1 + k * c1];
    const e2 = [c2 + k * s2, s2 - k * c2];
    const map = (ex: number, ey: number) => [
      centerX + cos * rx * ex - sin * ry * ey,
      centerY + sin * rx * ex + cos * ry * ey,
    ];
    const [ax = 0, ay = 0] = map(e1[0] ?? 0, e1[1] ?? 0);
    const [bx = 0, by = 0] = map(e2[0] ?? 0, e2[1] ?? 0);
    const [ex = 0, ey = 0] = map(c2, s2);
    out.push(`${n(ax)} ${n(ay)} ${n(bx)} ${n(by)} ${n(ex)} ${n(ey)} c`);
    t += step;
  }
  return out;
}

function inherit(el: Element, parent: Paint): Paint {
  const get = (attr: string) => el.getAttribute(attr);
  const number = (attr: string, fallback: number) => {
    const v = get(attr);
    return v === null || Number.isNaN(Number.parseFloat(v)) ? fallback : Number.parseFloat(v);
  };
  const opacity = number('opacity', 1);
  const weight = get('font-weight');
  return {
    fill: get('fill') ?? parent.fill,
    stroke: get('stroke') ?? parent.stroke,
    strokeWidth: number('stroke-width', parent.strokeWidth),
    fillOpacity: number('fill-opacity', parent.fillOpacity) * opacity,
    strokeOpacity: number('stroke-opacity', parent.strokeOpacity) * opacity,
    dash: get('stroke-dasharray') ?? parent.dash,
    fontSize: number('font-size', parent.fontSize),
    fontWeight:
      weight === null ? parent.fontWeight : weight === 'bold' || Number(weight) >= 600 ? 'bold' : 'normal',
    anchor: get('text-anchor') ?? parent.anchor,
  };
}

/** Draws `svg` into the box (points from the page's top left). */
export function drawSvg(
  canvas: PdfCanvas,
  svg: SVGSVGElement,
  box: { x: number; y: number; width: number; height: number },
): void {
  const [vx = 0, vy = 0, vw = 100, vh = 100] = (svg.getAttribute('viewBox') ?? '0 0 100 100')
    .split(/[\s,]+/)
    .map(Number);
  const scale = Math.min(box.width / vw, box.height / vh);
  // SVG user space → PDF page space (y up).
  const base: Matrix = [scale, 0, 0, -scale, box.x - vx * scale, PAGE_HEIGHT - box.y + vy * scale];
  const paint: Paint = {
    fill: '#000',
    stroke: 'none',
    strokeWidth: 1,
    fillOpacity: 1,
    strokeOpacity: 1,
    dash: 'none',
    fontSize: 16,
    fontWeight: 'normal',
    anchor: 'start',
  };
  walk(canvas, svg, base, inherit(svg, paint), scale);
}

function walk(canvas: PdfCanvas, el: Element, matrix: Matrix, paint: Paint, scale: number): void {
  for (const child of Array.from(el.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === 'title' || tag === 'desc' || tag === 'defs' || tag === 'style') continue;
    const style = inherit(child, paint);
    const m = multiply(matrix, parseTransform(child.getAttribute('transform')));
    if (tag === 'g' || tag === 'a') {
      if (child.getAttribute('data-label') && labelIsCut(child))
        drawWrappedLabel(canvas, child, m, style, scale);
      else walk(canvas, child, m, style, scale);
      continue;
    }
    if (tag === 'text') {
      drawText(canvas, child, m, style, scale);
      continue;
    }
    const path = shapePath(child, tag);
    if (path) fillAndStroke(canvas, path, m, style);
  }
}

function attr(el: Element, name: string): number {
  return Number.parseFloat(el.getAttribute(name) ?? '0') || 0;
}

function shapePath(el: Element, tag: string): string {
  switch (tag) {
    case 'path':
      return pathOps(el.getAttribute('d') ?? '');
    case 'line':
      return `${n(attr(el, 'x1'))} ${n(attr(el, 'y1'))} m ${n(attr(el, 'x2'))} ${n(attr(el, 'y2'))} l`;
    case 'rect': {
      const w = attr(el, 'width');
      const h = attr(el, 'height');
      if (w <= 0 || h <= 0) return '';
      return `${n(attr(el, 'x'))} ${n(attr(el, 'y'))} ${n(w)} ${n(h)} re`;
    }
    case 'circle': {
      const cx = attr(el, 'cx');
      const cy = attr(el, 'cy');
      const r = attr(el, 'r');
      if (r <= 0) return '';
      return pathOps(`M${cx - r} ${cy}A${r} ${r} 0 1 0 ${cx + r} ${cy}A${r} ${r} 0 1 0 ${cx - r} ${cy}Z`);
    }
    case 'polygon':
    case 'polyline': {
      const points = (el.getAttribute('points') ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      if (points.length < 4) return '';
      let d = `M${points[0]} ${points[1]}`;
      for (let i = 2; i + 1 < points.length; i += 2) d += `L${points[i]} ${points[i + 1]}`;
      return pathOps(tag === 'polygon' ? `${d}Z` : d);
    }
    default:
      return '';
  }
}

function colorOps(c: Rgb, op: 'rg' | 'RG'): string {
  return `${n(c[0] / 255)} ${n(c[1] / 255)} ${n(c[2] / 255)} ${op}`;
}

function fillAndStroke(canvas: PdfCanvas, path: string, m: Matrix, style: Paint): void {
  const fill = parseColor(style.fill);
  const stroke = parseColor(style.stroke);
  if (!fill && !stroke) return;
  let out = `q ${m.map(n).join(' ')} cm`;
  if (style.fillOpacity < 1 || style.strokeOpacity < 1)
    out += ` /${canvas.opacity(style.fillOpacity, style.strokeOpacity)} gs`;
  if (fill) out += ` ${colorOps(fill, 'rg')}`;
  if (stroke) {
    out += ` ${colorOps(stroke, 'RG')} ${n(style.strokeWidth)} w 1 j`;
    const dash =
      style.dash !== 'none'
        ? style.dash
            .split(/[\s,]+/)
            .map(Number)
            .filter((v) => v >= 0)
        : [];
    if (dash.length > 0) out += ` [${dash.map(n).join(' ')}] 0 d`;
  }
  out += ` ${path} ${fill && stroke ? 'B' : fill ? 'f' : 'S'} Q`;
  canvas.op(out);
}

/** A point of SVG user space in page coordinates (points from the top left). */
function toPage(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], PAGE_HEIGHT - (m[1] * x + m[3] * y + m[5])];
}

function drawTextLine(
  canvas: PdfCanvas,
  value: string,
  x: number,
  y: number,
  m: Matrix,
  style: Paint,
  scale: number,
): void {
  const fill = parseColor(style.fill) ?? [0, 0, 0];
  const size = style.fontSize * scale;
  const line = canvas.shaper.line(value, { size, weight: style.fontWeight });
  const [px, py] = toPage(m, x, y);
  const left =
    style.anchor === 'middle' ? px - line.width / 2 : style.anchor === 'end' ? px - line.width : px;
  canvas.drawLine(line, left, py, size, fill);
}

function drawText(canvas: PdfCanvas, el: Element, m: Matrix, style: Paint, scale: number): void {
  const spans = Array.from(el.children).filter((c) => c.tagName.toLowerCase() === 'tspan');
  const x = attr(el, 'x');
  let y = attr(el, 'y');
  if (spans.length === 0) {
    drawTextLine(canvas, el.textContent ?? '', x, y, m, style, scale);
    return;
  }
  for (const span of spans) {
    const spanStyle = inherit(span, style);
    const sx = span.hasAttribute('x') ? attr(span, 'x') : x;
    if (span.hasAttribute('y')) y = attr(span, 'y');
    y += attr(span, 'dy');
    drawTextLine(canvas, span.textContent ?? '', sx, y, m, spanStyle, scale);
  }
}

function labelIsCut(group: Element): boolean {
  return Array.from(group.querySelectorAll('text')).some((t) => (t.textContent ?? '').endsWith('…'));
}

/** An axis label whose screen lines end in "…": its full text wrapped to as many lines as it needs. */
function drawWrappedLabel(canvas: PdfCanvas, group: Element, m: Matrix, style: Paint, scale: number): void {
  for (const child of Array.from(group.children)) {
    if (child.tagName.toLowerCase() !== 'text') {
      const path = shapePath(child, child.tagName.toLowerCase());
      if (path)
        fillAndStroke(
          canvas,
          path,
          multiply(m, parseTransform(child.getAttribute('transform'))),
          inherit(child, style),
        );
    }
  }
  const texts = Array.from(group.querySelectorAll('text'));
  const first = texts[0];
  if (!first) return;
  const textStyle = inherit(first, style);
  const size = textStyle.fontSize * scale;
  const widest = Math.max(
    ...texts.map((t) =>
      canvas.shaper.measure((t.textContent ?? '').replace(/…$/, ''), { size, weight: textStyle.fontWeight }),
    ),
  );
  // First try a somewhat wider label in the same number of lines (the page has room beside the
  // chart; neighbours above and below do not), then allow more lines.
  const full = group.getAttribute('data-label') ?? '';
  const base = Math.max(widest, size * 6);
  let lines = canvas.shaper.wrap(full, { size, weight: textStyle.fontWeight }, base);
  for (const factor of [1.15, 1.3, 1.5, 1.75, 2]) {
    if (lines.length <= texts.length) break;
    lines = canvas.shaper.wrap(full, { size, weight: textStyle.fontWeight }, base * factor);
  }
  const x = attr(first, 'x');
  const y0 = attr(first, 'y');
  const lineHeight = texts.length > 1 ? attr(texts[1] as Element, 'y') - y0 : textStyle.fontSize * 1.2;
  // Grow away from the chart's middle: upwards for labels above it.
  const [, vy = 0, , vh = 0] = (group.closest('svg')?.getAttribute('viewBox') ?? '0 0 0 0')
    .split(/[\s,]+/)
    .map(Number);
  const above = y0 < vy + vh / 2;
  const start = above ? y0 - (lines.length - texts.length) * lineHeight : y0;
  lines.forEach((line, i) => {
    const [px, py] = toPage(m, x, start + i * lineHeight);
    const left =
      textStyle.anchor === 'middle' ? px - line.width / 2 : textStyle.anchor === 'end' ? px - line.width : px;
    canvas.drawLine(line, left, py, size, parseColor(textStyle.fill) ?? [0, 0, 0]);
  });
}
