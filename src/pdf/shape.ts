/**
 * Text layout for the PDF: characters → fonts (fallback by grapheme), shaping with fontkit (Arabic
 * joining forms, marks, kerning), word wrapping, and the Unicode bidi algorithm (bidi-js) for the
 * visual order of right-to-left runs. A line is a list of segments in visual order; a segment that
 * is drawn differently from how it reads (a right-to-left run, an emoji placeholder) carries its
 * logical text as /ActualText, so copying and searching give back exactly what was typed.
 */
import bidiFactory from 'bidi-js';
import type { Glyph } from 'fontkit';
import type { FontSet, PdfFont, Weight } from './fonts';

export interface TextStyle {
  size: number;
  weight: Weight;
}

export interface PlacedGlyph {
  glyph: Glyph;
  /** 1/1000 em. */
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface Run {
  font: PdfFont;
  glyphs: PlacedGlyph[];
  /** 1/1000 em. */
  width: number;
  /** Bold drawn as fill + stroke (the font has no bold file). */
  synthBold: boolean;
}

export interface Segment {
  runs: Run[];
  /** The logical text, when the drawing does not read as typed. */
  actualText?: string;
}

export interface Line {
  text: string;
  segments: Segment[];
  /** Points at the style's size. */
  width: number;
  /** The paragraph reads right to left (align it right). */
  rtl: boolean;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const INVISIBLE = /^(?:\p{Cf}|\u034f|[\ufe00-\ufe0f])+$/u;
export const EMOJI_PLACEHOLDER = '[emoji]';
/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms): only then is bidi run. */
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

let bidi: ReturnType<typeof bidiFactory> | undefined;
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** NFC, unified line breaks, tabs as spaces: the text as it is measured and drawn. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '  ');
}

interface Piece {
  font: PdfFont;
  text: string;
  /** The typed text when `text` is a placeholder. */
  original?: string;
}

export class TextShaper {
  private readonly shaped = new Map<string, { glyphs: PlacedGlyph[]; width: number }>();
  private readonly widths = new Map<string, number>();
  /** Characters that no font has (drawn as a placeholder). */
  missing = 0;

  constructor(readonly fonts: FontSet) {}

  /** Splits text into pieces of one font each; characters no font has become placeholders. */
  private itemize(value: string, weight: Weight): Piece[] {
    const pieces: Piece[] = [];
    for (const { segment } of segmenter.segment(value)) {
      const font = this.fonts.fontFor(segment, weight);
      const last = pieces[pieces.length - 1];
      if (font) {
        if (last && last.font === font && last.original === undefined) last.text += segment;
        else pieces.push({ font, text: segment });
        continue;
      }
      if (INVISIBLE.test(segment)) continue;
      this.missing++;
      const placeholder = EMOJI.test(segment) ? EMOJI_PLACEHOLDER : '\ufffd';
      const fallback = this.fonts.fontFor(placeholder, weight) ?? this.fonts.fontFor('?', weight);
      if (!fallback) continue;
      pieces.push({
        font: fallback,
        text: fallback.font.hasGlyphForCodePoint(0xfffd) ? placeholder : '?',
        original: segment,
      });
    }
    return pieces;
  }

  private shape(piece: Piece, direction?: 'ltr' | 'rtl'): { glyphs: PlacedGlyph[]; width: number } {
    const key = `${piece.font.key}|${direction ?? ''}|${piece.text}`;
    const cached = this.shaped.get(key);
    if (cached) return cached;
    const run = piece.font.font.layout(piece.text, undefined, undefined, undefined, direction);
    const scale = piece.font.scale;
    let width = 0;
    const glyphs = run.glyphs.map((glyph, i) => {
      const p = run.positions[i];
      const xAdvance = (p?.xAdvance ?? glyph.advanceWidth) * scale;
      width += xAdvance;
      return { glyph, xAdvance, xOffset: (p?.xOffset ?? 0) * scale, yOffset: (p?.yOffset ?? 0) * scale };
    });
    const result = { glyphs, width };
    this.shaped.set(key, result);
    return result;
  }

  /** Width in points. */
  measure(value: string, style: TextStyle): number {
    const key = `${style.weight}|${value}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = 0;
      for (const piece of this.itemize(value, style.weight)) width += this.shape(piece).width;
      this.widths.set(key, width);
    }
    return (width * style.size) / 1000;
  }

  /** Wraps text to lines no wider than `maxWidth` points; line breaks in the text are kept. */
  wrap(value: string, style: TextStyle, maxWidth: number): Line[] {
    const lines: Line[] = [];
    for (const paragraph of cleanText(value).split('\n')) {
      const rtl = baseIsRtl(paragraph);
      for (const text of this.breakParagraph(paragraph, style, maxWidth))
        lines.push(this.line(text, style, rtl));
    }
    return lines;
  }

  private breakParagraph(paragraph: string, style: TextStyle, maxWidth: number): string[] {
    // Words with their following spaces; a hyphenated word may also break after its hyphen.
    const tokens = paragraph.match(/[^\s-]*-+(?=[^\s-])|[^\s-]+-*\s*|\S+\s*|\s+/g) ?? [''];
    const out: string[] = [];
    let current = '';
    let width = 0;
    for (const token of tokens) {
      const trimmed = token.trimEnd();
      const full = this.measure(token, style);
      if (current && width + this.measure(trimmed, style) > maxWidth) {
        out.push(current.trimEnd());
        current = '';
        width = 0;
      }
      if (!current && this.measure(trimmed, style) > maxWidth) {
        // A word longer than the line: break it between graphemes.
        let part = '';
        for (const { segment } of segmenter.segment(token)) {
          if (part && this.measure(part + segment, style) > maxWidth) {
            out.push(part);
            part = '';
          }
          part += segment;
        }
        current = part;
        width = this.measure(part, style);
        continue;
      }
      current += token;
      width += full;
    }
    out.push(current.trimEnd());
    return out;
  }

  /** One line, laid out in visual order. */
  line(value: string, style: TextStyle, rtl = baseIsRtl(value)): Line {
    const text = cleanText(value).replace(/\n/g, ' ');
    let levels: ArrayLike<number> = [];
    if (rtl || RTL_CHAR.test(text)) {
      bidi ??= bidiFactory();
      levels = bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr').levels;
    }
    // Level runs in logical order, then reordered (UAX #9, rule L2).
    const runs: { text: string; level: number }[] = [];
    for (const { segment, index } of segmenter.segment(text)) {
      const level = levels[index] ?? 0;
      const last = runs[runs.length - 1];
      if (last && last.level === level) last.text += segment;
      else runs.push({ text: segment, level });
    }
    const highest = Math.max(0, ...runs.map((r) => r.level));
    const lowestOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1);
    for (let level = highest; level >= lowestOdd; level--) {
      for (let i = 0; i < runs.length; i++) {
        if ((runs[i]?.level ?? 0) < level) continue;
        let j = i;
        while (j + 1 < runs.length && (runs[j + 1]?.level ?? 0) >= level) j++;
        runs.splice(i, j - i + 1, ...runs.slice(i, j + 1).reverse());
        i = j;
      }
    }
    const segments: Segment[] = [];
    let width = 0;
    for (const run of runs) {
      const rtlRun = run.level % 2 === 1;
      const pieces = this.itemize(run.text, style.weight);
      if (rtlRun) pieces.reverse();
      const drawn: Run[] = [];
      for (const piece of pieces) {
        const shaped = this.shape(piece, rtlRun && piece.original === undefined ? 'rtl' : 'ltr');
        const item: Run = {
          font: piece.font,
          glyphs: shaped.glyphs,
          width: shaped.width,
          synthBold: style.weight === 'bold' && piece.font.spec.weight !== 'bold',
        };
        width += shaped.width;
        if (!rtlRun && piece.original !== undefined)
          segments.push({ runs: [item], actualText: piece.original });
        else drawn.push(item);
        if (!rtlRun && piece.original === undefined) {
          segments.push({ runs: [item] });
          drawn.pop();
        }
      }
      // Right-to-left runs are drawn in visual order with a ToUnicode map, as text extractors expect.
      if (rtlRun && drawn.length > 0) segments.push({ runs: drawn });
    }
    return { text, segments, width: (width * style.size) / 1000, rtl };
  }
}

/** Whether a paragraph's first strong character is right-to-left. */
export function baseIsRtl(value: string): boolean {
  if (!RTL_CHAR.test(value)) return false;
  bidi ??= bidiFactory();
  return (bidi.getEmbeddingLevels(value, 'auto').paragraphs[0]?.level ?? 0) % 2 === 1;
}
