/**
 * The PDF's fonts: Noto Sans (Latin with every European diacritic, Vietnamese, Greek, Cyrillic;
 * regular and bold), Noto Sans Arabic and Noto Sans Hebrew, shipped in public/fonts/ as WOFF files
 * split by Unicode range (from @fontsource, OFL licence beside them). Only the files whose range
 * the document's text touches are fetched (the service worker has them precached), and each is
 * embedded as a subset of the glyphs actually drawn: a CIDFontType2 font with Identity-H
 * encoding, widths and a ToUnicode map, so text can be searched and copied.
 */
import * as fontkit from 'fontkit';
import { name, type PdfFile, type PdfRef, type PdfValue, raw } from './pdf-file';

export type Weight = 'normal' | 'bold';

export interface FaceSpec {
  file: string;
  weight: Weight;
  /** Inclusive code point ranges the file covers (from the package's unicode.json). */
  ranges: readonly (readonly [number, number])[];
  /** No bold file: bold is drawn as fill + thin stroke. */
  regularOnly?: boolean;
}

const RANGES = {
  latin: [
    [0x0000, 0x00ff],
    [0x0131, 0x0131],
    [0x0152, 0x0153],
    [0x02bb, 0x02bc],
    [0x02c6, 0x02c6],
    [0x02da, 0x02da],
    [0x02dc, 0x02dc],
    [0x0304, 0x0304],
    [0x0308, 0x0308],
    [0x0329, 0x0329],
    [0x2000, 0x206f],
    [0x20ac, 0x20ac],
    [0x2122, 0x2122],
    [0x2191, 0x2191],
    [0x2193, 0x2193],
    [0x2212, 0x2212],
    [0x2215, 0x2215],
    [0xfeff, 0xfeff],
    [0xfffd, 0xfffd],
  ],
  'latin-ext': [
    [0x0100, 0x02ff],
    [0x0304, 0x0304],
    [0x0308, 0x0308],
    [0x0329, 0x0329],
    [0x1d00, 0x1dbf],
    [0x1e00, 0x1e9f],
    [0x1ef2, 0x1eff],
    [0x2020, 0x2020],
    [0x20a0, 0x20c0],
    [0x2113, 0x2113],
    [0x2c60, 0x2c7f],
    [0xa720, 0xa7ff],
  ],
  vietnamese: [
    [0x0102, 0x0103],
    [0x0110, 0x0111],
    [0x0128, 0x0129],
    [0x0168, 0x0169],
    [0x01a0, 0x01a1],
    [0x01af, 0x01b0],
    [0x0300, 0x0309],
    [0x0323, 0x0323],
    [0x0329, 0x0329],
    [0x1ea0, 0x1ef9],
    [0x20ab, 0x20ab],
  ],
  greek: [[0x0370, 0x03ff]],
  'greek-ext': [[0x1f00, 0x1fff]],
  cyrillic: [
    [0x0301, 0x0301],
    [0x0400, 0x045f],
    [0x0490, 0x0491],
    [0x04b0, 0x04b1],
    [0x2116, 0x2116],
  ],
  'cyrillic-ext': [
    [0x0460, 0x052f],
    [0x1c80, 0x1c8a],
    [0x20b4, 0x20b4],
    [0x2de0, 0x2dff],
    [0xa640, 0xa69f],
    [0xfe2e, 0xfe2f],
  ],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

const ARABIC: FaceSpec['ranges'] = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x08ff],
  [0x200c, 0x200e],
  [0x2010, 0x2011],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
];
const HEBREW: FaceSpec['ranges'] = [
  [0x0307, 0x0308],
  [0x0590, 0x05ff],
  [0x200c, 0x2010],
  [0x20aa, 0x20aa],
  [0xfb1d, 0xfb4f],
];

/** Every font file, in fallback order. */
export const FACES: readonly FaceSpec[] = [
  ...(['normal', 'bold'] as const).flatMap((weight) =>
    (Object.keys(RANGES) as (keyof typeof RANGES)[]).map((subset) => ({
      file: `noto-sans-${subset}-${weight === 'bold' ? 700 : 400}-normal.woff`,
      weight,
      ranges: RANGES[subset],
    })),
  ),
  { file: 'noto-sans-arabic-arabic-400-normal.woff', weight: 'normal', ranges: ARABIC, regularOnly: true },
  { file: 'noto-sans-hebrew-hebrew-400-normal.woff', weight: 'normal', ranges: HEBREW, regularOnly: true },
];

function inRanges(code: number, ranges: FaceSpec['ranges']): boolean {
  for (const [from, to] of ranges) if (code >= from && code <= to) return true;
  return false;
}

/** The files needed for `text` (always the basic Latin pair, which also draws the fallbacks). */
export function facesFor(text: string): FaceSpec[] {
  const codes = new Set<number>();
  for (const char of text) codes.add(char.codePointAt(0) ?? 0);
  return FACES.filter(
    (face) =>
      face.file.startsWith('noto-sans-latin-') ||
      [...codes].some((code) => code > 0x7f && inRanges(code, face.ranges)),
  );
}

export type FontLoader = (file: string) => Promise<ArrayBuffer>;

/** Fetches a font file from the app's own origin (precached by the service worker). */
export const fetchFont: FontLoader = async (file) => {
  const response = await fetch(`${import.meta.env.BASE_URL}fonts/${file}`);
  if (!response.ok) throw new Error(`Font ${file}: ${response.status}`);
  return response.arrayBuffer();
};

/** One font file in the document, embedded as a subset when the PDF is saved. */
export class PdfFont {
  readonly subset: fontkit.Subset;
  /** Subset glyph id → advance (1/1000 em) and the text it stands for. */
  readonly used = new Map<number, { width: number; codePoints: number[] }>();
  readonly scale: number;

  constructor(
    readonly spec: FaceSpec,
    readonly font: fontkit.Font,
    /** Resource name in page resources, e.g. "F3". */
    readonly key: string,
    readonly ref: PdfRef,
  ) {
    this.subset = font.createSubset();
    this.scale = 1000 / font.unitsPerEm;
  }

  /** The subset's glyph id for an original glyph, recording its width and text. */
  use(glyph: fontkit.Glyph): number {
    const id = this.subset.includeGlyph(glyph.id);
    if (!this.used.has(id)) {
      this.used.set(id, {
        width: Math.round(glyph.advanceWidth * this.scale),
        codePoints: glyph.codePoints ?? [],
      });
    } else if ((this.used.get(id)?.codePoints.length ?? 0) === 0 && glyph.codePoints?.length) {
      this.used.set(id, { width: Math.round(glyph.advanceWidth * this.scale), codePoints: glyph.codePoints });
    }
    return id;
  }

  /** Writes the font objects (call once, after all drawing). */
  embed(file: PdfFile, index: number): void {
    const tag = `PST${String.fromCharCode(65 + (Math.floor(index / 26) % 26))}${String.fromCharCode(65 + (index % 26))}A`;
    const base = `${tag}+${this.font.postscriptName.replace(/[^A-Za-z0-9-]/g, '')}`;
    const data = this.subset.encode();
    const fontFile = file.stream(data, { Length1: data.length });
    const s = this.scale;
    const box = this.font.bbox;
    const descriptor = file.add({
      Type: name('FontDescriptor'),
      FontName: name(base),
      Flags: 4,
      FontBBox: [box.minX * s, box.minY * s, box.maxX * s, box.maxY * s],
      ItalicAngle: 0,
      Ascent: this.font.ascent * s,
      Descent: this.font.descent * s,
      CapHeight: (this.font.capHeight || this.font.ascent * 0.7) * s,
      StemV: this.spec.weight === 'bold' ? 140 : 80,
      FontFile2: fontFile,
    });
    const ids = [...this.used.keys()].sort((a, b) => a - b);
    const widths: PdfValue[] = [];
    for (const id of ids) widths.push(id, [this.used.get(id)?.width ?? 0]);
    const cid = file.add({
      Type: name('Font'),
      Subtype: name('CIDFontType2'),
      BaseFont: name(base),
      CIDSystemInfo: { Registry: raw('(Adobe)'), Ordering: raw('(Identity)'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths,
      CIDToGIDMap: name('Identity'),
    });
    const toUnicode = file.stream(toUnicodeCMap(ids.map((id) => [id, this.used.get(id)?.codePoints ?? []])));
    file.set(this.ref, {
      Type: name('Font'),
      Subtype: name('Type0'),
      BaseFont: name(base),
      Encoding: name('Identity-H'),
      DescendantFonts: [cid],
      ToUnicode: toUnicode,
    });
  }
}

function hex4(code: number): string {
  return code.toString(16).padStart(4, '0').toUpperCase();
}

function utf16(codePoints: readonly number[]): string {
  let out = '';
  for (const char of String.fromCodePoint(...codePoints)) {
    for (let i = 0; i < char.length; i++) out += hex4(char.charCodeAt(i));
  }
  return out;
}

/** A ToUnicode CMap: glyph id → the characters it was drawn for. */
export function toUnicodeCMap(entries: readonly (readonly [number, readonly number[]])[]): string {
  const mapped = entries.filter(([, codes]) => codes.length > 0);
  let body = '';
  for (let i = 0; i < mapped.length; i += 100) {
    const chunk = mapped.slice(i, i + 100);
    body += `${chunk.length} beginbfchar\n${chunk.map(([id, codes]) => `<${hex4(id)}> <${utf16(codes)}>`).join('\n')}\nendbfchar\n`;
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${body}endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A WOFF file as a plain TrueType (sfnt) font. fontkit reads WOFF too, but inflates a table again
 * on every access (the glyph table once per glyph), which made a PDF several times slower; here
 * each table is inflated once, by the browser's own DecompressionStream.
 */
export async function woffToSfnt(buffer: ArrayBuffer): Promise<Uint8Array> {
  const bytes = new Uint8Array(buffer);
  const view = new DataView(buffer);
  if (view.getUint32(0) !== 0x774f4646) return bytes; // not "wOFF": already sfnt
  const count = view.getUint16(12);
  const tables = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const at = 44 + i * 20;
      const offset = view.getUint32(at + 4);
      const compLength = view.getUint32(at + 8);
      const length = view.getUint32(at + 12);
      const stored = bytes.subarray(offset, offset + compLength);
      return {
        tag: view.getUint32(at),
        checksum: view.getUint32(at + 16),
        data: compLength < length ? await inflate(stored) : stored,
      };
    }),
  );
  let size = 12 + 16 * count;
  for (const table of tables) size += (table.data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  o.setUint32(0, view.getUint32(4)); // flavor
  o.setUint16(4, count);
  const power = 2 ** Math.floor(Math.log2(count));
  o.setUint16(6, power * 16);
  o.setUint16(8, Math.log2(power));
  o.setUint16(10, count * 16 - power * 16);
  let offset = 12 + 16 * count;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    o.setUint32(at, table.tag);
    o.setUint32(at + 4, table.checksum);
    o.setUint32(at + 8, offset);
    o.setUint32(at + 12, table.data.length);
    out.set(table.data, offset);
    offset += (table.data.length + 3) & ~3;
  });
  return out;
}

/**
 * fontkit caches one Glyph object per glyph id, with the characters of its first use: a shaped
 * glyph shared by several letters (Arabic ب ت ن ث share a dotless form) would report the first
 * letter everywhere. Each lookup gets a view of the cached glyph with the characters of this use.
 */
function withOwnCodePoints(font: fontkit.Font): fontkit.Font {
  const getGlyph = font.getGlyph.bind(font) as (id: number, codePoints?: number[]) => fontkit.Glyph;
  (font as { getGlyph: unknown }).getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = getGlyph(id, codePoints);
    return glyph
      ? Object.create(glyph, {
          codePoints: { value: codePoints },
          advanceWidth: { value: glyph.advanceWidth },
        })
      : glyph;
  };
  return font;
}

/** The document's fonts: loads the needed files and picks a font for each character. */
export class FontSet {
  readonly fonts: PdfFont[] = [];
  private readonly cache = new Map<string, PdfFont | null>();

  static async load(file: PdfFile, text: string, loader: FontLoader): Promise<FontSet> {
    const set = new FontSet();
    const specs = facesFor(text);
    const loaded = await Promise.all(
      specs.map(async (spec) => withOwnCodePoints(fontkit.create(await woffToSfnt(await loader(spec.file))))),
    );
    specs.forEach((spec, i) => {
      const font = loaded[i];
      if (font) set.fonts.push(new PdfFont(spec, font, `F${i + 1}`, file.ref()));
    });
    return set;
  }

  /** The first font of the weight (or a regular-only font) that has every code point of `cluster`. */
  fontFor(cluster: string, weight: Weight): PdfFont | null {
    const key = `${weight}:${cluster}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const codes = [...cluster].map((c) => c.codePointAt(0) ?? 0).filter((c) => c !== 0xfe0f && c !== 0xfe0e);
    let found: PdfFont | null = null;
    for (const candidate of this.fonts) {
      if (candidate.spec.weight !== weight && !candidate.spec.regularOnly) continue;
      if (codes.every((code) => candidate.font.hasGlyphForCodePoint(code))) {
        found = candidate;
        break;
      }
    }
    this.cache.set(key, found);
    return found;
  }

  embed(file: PdfFile): void {
    this.fonts.forEach((font, i) => {
      if (font.used.size > 0) font.embed(file, i);
    });
  }

  /** The /Font resource dictionary for a page (only the fonts used anywhere). */
  resources(): Record<string, PdfRef> {
    return Object.fromEntries(
      this.fonts.filter((font) => font.used.size > 0).map((font) => [font.key, font.ref]),
    );
  }
}
