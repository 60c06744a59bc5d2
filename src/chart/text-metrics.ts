/**
 * Text wrapping and width estimates for SVG labels. The layout must be known before anything is drawn
 * (and without a DOM, for the PDF), so widths come from Helvetica's metrics, which Arial shares.
 */

// Advance widths in 1/1000 em from Helvetica's AFM; anything not listed counts as 556 (a digit's width).
const NARROW = { ' ': 278, i: 222, j: 222, l: 222, f: 278, t: 278, I: 278, '.': 278, ',': 278, ':': 278 };
const WIDTHS: Readonly<Record<string, number>> = {
  ...NARROW,
  r: 333,
  '-': 333,
  '(': 333,
  ')': 333,
  '/': 278,
  c: 500,
  k: 500,
  s: 500,
  v: 500,
  x: 500,
  y: 500,
  z: 500,
  J: 500,
  m: 833,
  w: 722,
  M: 833,
  W: 944,
  C: 722,
  D: 722,
  H: 722,
  N: 722,
  R: 722,
  U: 722,
  G: 778,
  O: 778,
  Q: 778,
  Ø: 778,
  F: 611,
  T: 611,
  Z: 611,
  L: 556,
  æ: 889,
  Æ: 1000,
  ø: 611,
  '…': 1000,
  '–': 556,
  '&': 667,
  A: 667,
  B: 667,
  E: 667,
  K: 667,
  P: 667,
  S: 667,
  V: 667,
  X: 667,
  Y: 667,
  Å: 667,
};

/** Estimated rendered width of `text` at `fontSize`, with a small allowance for fallback fonts. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += WIDTHS[ch] ?? 556;
  return (units / 1000) * fontSize * 1.04;
}

const ELLIPSIS = '…';

/** Cuts `line` so that it plus an ellipsis fits in `maxChars`. */
function withEllipsis(line: string, maxChars: number): string {
  const cut = line.length + 1 > maxChars ? line.slice(0, maxChars - 1) : line;
  return cut.replace(/[\s-]+$/, '') + ELLIPSIS;
}

const SOFT_HYPHEN = '\u00AD';

interface Token {
  word: string;
  spaceBefore: boolean;
  /** The token follows a soft hyphen: a break before it shows a hyphen, no break joins it silently. */
  afterSoftHyphen: boolean;
}

/**
 * Splits text into words, and words after a hyphen ("peer-|samtaler") or a soft hyphen
 * ("Forventnings\u00ADafstemning"), the places where a long Danish compound may break.
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const [i, word] of text.trim().split(/\s+/).entries()) {
    for (const [j, soft] of word.split(SOFT_HYPHEN).entries()) {
      for (const [k, part] of soft.split(/(?<=-)(?=.)/).entries()) {
        out.push({ word: part, spaceBefore: i > 0 && j === 0 && k === 0, afterSoftHyphen: j > 0 && k === 0 });
      }
    }
  }
  return out.filter((t) => t.word !== '');
}

/** The label as text without soft hyphens, e.g. for a screen reader's name. */
export function plainLabel(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}

/**
 * Word-wraps a label to lines of about `maxChars`, at most `maxLines`, ending in an ellipsis when cut.
 * A single long Danish compound stays whole up to `maxChars + 10` characters rather than being split mid-word.
 */
export function wrapLabel(text: string, maxChars = 14, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  const hardLimit = maxChars + 10;
  for (const { word, spaceBefore, afterSoftHyphen } of tokens(text)) {
    const candidate = line === '' ? word : line + (spaceBefore ? ' ' : '') + word;
    // A short word ("og", "i", "til") may run a little over rather than stand alone on the next line.
    const limit = word.length <= 3 ? maxChars + 3 : maxChars;
    if (candidate.length <= limit || line === '') {
      line = candidate;
    } else {
      lines.push(afterSoftHyphen ? `${line}-` : line);
      line = word;
    }
    // Only an over-long single word is split hard, with a hyphen.
    while (line.length > hardLimit) {
      lines.push(`${line.slice(0, maxChars - 1)}-`);
      line = line.slice(maxChars - 1);
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxChars);
  return kept;
}
