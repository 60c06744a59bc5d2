/**
 * Text for the PDF: jsPDF's built-in Helvetica uses WinAnsi (Windows-1252), which covers Danish
 * (æ ø å) and Western European letters, typographic quotes and dashes, but not emoji, Arabic,
 * Hebrew, Cyrillic or CJK. Such characters are replaced by "?" (and the report says so), so they
 * can never crash the PDF or come out as garbage. File names are built here too.
 */

/** The non-Latin-1 characters Windows-1252 has in 0x80–0x9F. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}

export interface PdfText {
  text: string;
  /** How many characters were replaced by "?". */
  replaced: number;
}

/** Makes text safe for Helvetica/WinAnsi: keeps line breaks, turns tabs into spaces, replaces the rest. */
export function toPdfText(input: string): PdfText {
  let replaced = 0;
  let text = '';
  // Grapheme-ish: iterate code points, so an emoji (a surrogate pair) becomes one "?".
  for (const char of input.normalize('NFC').replace(/\r\n?/g, '\n')) {
    if (char === '\n') text += '\n';
    else if (char === '\t') text += '  ';
    else if (/\p{M}|\u200d|\ufe0f/u.test(char)) {
      // A combining mark, zero-width joiner or emoji variation selector is dropped: its base was replaced.
    } else if (isWinAnsi(char)) text += char;
    else {
      replaced++;
      text += '?';
    }
  }
  return { text: text.replace(/\?(?:\?)+/g, (run) => (run.length > 3 ? '???' : run)), replaced };
}

/** A file-name-safe form of a name: lower case, æ/ø/å spelled out, other letters without accents. */
export function slugify(name: string, maxLength = 40): string {
  return name
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/** Today (or `date`) as YYYY-MM-DD in local time. */
export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `peerstart-<organisation>-<YYYY-MM-DD>.<ext>`; the organisation part is left out when empty. */
export function exportFileName(prefix: string, name: string, isoDate: string, ext: string): string {
  return `${[prefix, slugify(name), isoDate].filter(Boolean).join('-')}.${ext}`;
}
