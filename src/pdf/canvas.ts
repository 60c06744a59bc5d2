/**
 * Pages, drawing and the tag tree of a PDF/UA-style document. Coordinates are points from the top
 * left of an A4 page. Everything drawn is either marked content of a structure element (H1, P,
 * Table, Figure …, each with its MCIDs in the parent tree) or an /Artifact (running header and
 * footer, rules, shading), so assistive technology reads the content in order and skips the rest.
 */
import { escapeMarkup } from '../escape-markup';
import { type FontLoader, FontSet } from './fonts';
import { n, name, type PdfFile, type PdfRef, type PdfValue, text, utf16Hex } from './pdf-file';
import { type Line, TextShaper } from './shape';

export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

export type Rgb = readonly [number, number, number];

export type StructType =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Caption'
  | 'Figure'
  | 'TOC'
  | 'TOCI';

interface PageState {
  ops: string[];
  /** Structure element of each MCID on the page. */
  mcids: StructNode[];
  ref: PdfRef;
}

interface ContentRef {
  page: PageState;
  mcid: number;
}

export class StructNode {
  readonly kids: (StructNode | ContentRef)[] = [];
  alt?: string;
  attributes?: Record<string, PdfValue>;

  constructor(
    readonly type: StructType,
    readonly parent?: StructNode,
  ) {
    parent?.kids.push(this);
  }

  child(type: StructType): StructNode {
    return new StructNode(type, this);
  }
}

export interface DocumentMeta {
  title: string;
  subject: string;
  lang: string;
  author: string;
}

function color(c: Rgb): string {
  return `${n(c[0] / 255)} ${n(c[1] / 255)} ${n(c[2] / 255)}`;
}

export class PdfCanvas {
  readonly pages: PageState[] = [];
  readonly root = new StructNode('Document');
  readonly outline: { title: string; page: number; y: number }[] = [];
  private open: StructNode | null = null;
  private readonly opacities = new Map<string, string>();

  private constructor(
    readonly file: PdfFile,
    readonly fonts: FontSet,
    readonly shaper: TextShaper,
  ) {}

  static async create(file: PdfFile, allText: string, loader: FontLoader): Promise<PdfCanvas> {
    const fonts = await FontSet.load(file, allText, loader);
    return new PdfCanvas(file, fonts, new TextShaper(fonts));
  }

  private current = -1;

  get page(): PageState {
    const page = this.pages[this.current];
    if (!page) throw new Error('No page');
    return page;
  }

  /** The number (1-based) of the page being drawn on. */
  get pageNumber(): number {
    return this.current + 1;
  }

  /** Goes back to an earlier page (1-based) to add to it; `addPage` still appends at the end. */
  usePage(number: number): void {
    if (!this.pages[number - 1]) return;
    this.end();
    this.current = number - 1;
  }

  addPage(): void {
    const wasOpen = this.open;
    this.end();
    this.pages.push({ ops: [], mcids: [], ref: this.file.ref() });
    this.current = this.pages.length - 1;
    this.pendingReopen = wasOpen;
  }

  /** Content that was open when the page broke: reopened by `resume` after the page's header. */
  private pendingReopen: StructNode | null = null;

  resume(): void {
    if (this.pendingReopen) this.begin(this.pendingReopen);
    this.pendingReopen = null;
  }

  /** Starts marked content for a structure element (ends any open one). */
  begin(node: StructNode): void {
    this.end();
    const page = this.page;
    const mcid = page.mcids.length;
    page.mcids.push(node);
    node.kids.push({ page, mcid });
    page.ops.push(`/${node.type} <</MCID ${mcid}>> BDC`);
    this.open = node;
  }

  end(): void {
    if (!this.open) return;
    this.page.ops.push('EMC');
    this.open = null;
  }

  /** Draws decoration or pagination that is not content. */
  artifact(draw: () => void, pagination = false): void {
    const was = this.open;
    this.end();
    this.page.ops.push(pagination ? '/Artifact <</Type /Pagination>> BDC' : '/Artifact BMC');
    draw();
    this.page.ops.push('EMC');
    if (was) this.begin(was);
  }

  op(value: string): void {
    this.page.ops.push(value);
  }

  /** A graphics state with fill and stroke opacity; returns its resource name. */
  opacity(fill: number, stroke: number): string {
    const key = `${n(fill)}/${n(stroke)}`;
    let id = this.opacities.get(key);
    if (!id) {
      id = `GS${this.opacities.size + 1}`;
      this.opacities.set(key, id);
    }
    return id;
  }

  /** Draws a laid-out line with its left edge at `x` and baseline at `y`. */
  drawLine(line: Line, x: number, y: number, size: number, fill: Rgb): void {
    const ops = this.page.ops;
    let cursor = x;
    const baseline = PAGE_HEIGHT - y;
    for (const segment of line.segments) {
      if (segment.actualText !== undefined)
        ops.push(`/Span <</ActualText ${utf16Hex(segment.actualText)}>> BDC`);
      for (const run of segment.runs) {
        let out = `BT /${run.font.key} ${n(size)} Tf ${color(fill)} rg`;
        if (run.synthBold) out += ` 2 Tr ${n(size * 0.03)} w ${color(fill)} RG`;
        let pen = cursor;
        let tj = '';
        let tjStart = pen;
        const flush = () => {
          if (tj) out += ` 1 0 0 1 ${n(tjStart)} ${n(baseline)} Tm [${tj}] TJ`;
          tj = '';
        };
        for (const placed of run.glyphs) {
          const id = run.font.use(placed.glyph);
          const hex = id.toString(16).padStart(4, '0');
          const advance = run.font.used.get(id)?.width ?? 0;
          const step = (placed.xAdvance * size) / 1000;
          // A glyph that stands for no character of its own (e.g. the dot of a decomposed Arabic letter)
          // says so with an empty /ActualText, so every glyph has a Unicode meaning (PDF/UA 7.21.7).
          // One glyph can stand for different letters (Arabic ب ت ن ث share a dotless form; the dots
          // are separate glyphs), but the ToUnicode map holds one meaning per glyph: any other use
          // carries its own letters as /ActualText.
          const codes = placed.glyph.codePoints ?? [];
          const textless = codes.length === 0;
          const mapped = run.font.used.get(id)?.codePoints ?? [];
          const differs =
            !textless && (mapped.length !== codes.length || mapped.some((c, k) => c !== codes[k]));
          if (placed.xOffset !== 0 || placed.yOffset !== 0 || textless || differs) {
            flush();
            const gx = pen + (placed.xOffset * size) / 1000;
            const gy = baseline + (placed.yOffset * size) / 1000;
            const show = `1 0 0 1 ${n(gx)} ${n(gy)} Tm <${hex}> Tj`;
            if (textless || differs) {
              const actual = utf16Hex(textless ? '' : String.fromCodePoint(...codes));
              out += ` /Span <</ActualText ${actual}>> BDC ${show} EMC`;
            } else out += ` ${show}`;
            pen += step;
            tjStart = pen;
            continue;
          }
          if (!tj) tjStart = pen;
          tj += `<${hex}>`;
          const adjust = advance - placed.xAdvance;
          if (Math.abs(adjust) > 0.5) tj += n(adjust);
          pen += step;
        }
        flush();
        if (run.synthBold) out += ' 0 Tr';
        ops.push(`${out} ET`);
        cursor += (run.width * size) / 1000;
      }
      if (segment.actualText !== undefined) ops.push('EMC');
    }
  }

  rect(
    x: number,
    y: number,
    width: number,
    height: number,
    paint: { fill?: Rgb; stroke?: Rgb; lineWidth?: number },
  ): void {
    let out = '';
    if (paint.fill) out += `${color(paint.fill)} rg `;
    if (paint.stroke) out += `${color(paint.stroke)} RG ${n(paint.lineWidth ?? 1)} w `;
    out += `${n(x)} ${n(PAGE_HEIGHT - y - height)} ${n(width)} ${n(height)} re `;
    out += paint.fill && paint.stroke ? 'B' : paint.fill ? 'f' : 'S';
    this.page.ops.push(out);
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: Rgb, width: number): void {
    this.page.ops.push(
      `${color(stroke)} RG ${n(width)} w ${n(x1)} ${n(PAGE_HEIGHT - y1)} m ${n(x2)} ${n(PAGE_HEIGHT - y2)} l S`,
    );
  }

  /** Writes the file: fonts, pages, tag tree, outline, metadata. */
  async save(meta: DocumentMeta, compress: boolean): Promise<Uint8Array> {
    this.end();
    const file = this.file;
    this.fonts.embed(file);
    const pagesRef = file.ref();
    const gstates: Record<string, PdfValue> = {};
    for (const [key, id] of this.opacities) {
      const [fill, stroke] = key.split('/').map(Number);
      gstates[id] = { Type: name('ExtGState'), ca: fill ?? 1, CA: stroke ?? 1 };
    }
    const resources = { Font: this.fonts.resources(), ExtGState: gstates };
    this.pages.forEach((page, i) => {
      const contents = file.stream(page.ops.join('\n'), {}, { compress });
      file.set(page.ref, {
        Type: name('Page'),
        Parent: pagesRef,
        MediaBox: [0, 0, PAGE_WIDTH, PAGE_HEIGHT],
        Resources: resources,
        Contents: contents,
        StructParents: i,
        Tabs: name('S'),
      });
    });
    file.set(pagesRef, { Type: name('Pages'), Kids: this.pages.map((p) => p.ref), Count: this.pages.length });

    // Tag tree.
    const treeRef = file.ref();
    const refs = new Map<StructNode, PdfRef>();
    const assign = (node: StructNode) => {
      refs.set(node, file.ref());
      for (const kid of node.kids) if (kid instanceof StructNode) assign(kid);
    };
    assign(this.root);
    for (const [node, ref] of refs) {
      const kids: PdfValue[] = node.kids.map((kid) =>
        kid instanceof StructNode
          ? (refs.get(kid) ?? null)
          : { Type: name('MCR'), Pg: kid.page.ref, MCID: kid.mcid },
      );
      file.set(ref, {
        Type: name('StructElem'),
        S: name(node.type),
        P: node.parent ? refs.get(node.parent) : treeRef,
        K: kids,
        Alt: node.alt !== undefined ? text(node.alt) : undefined,
        A: node.attributes,
      });
    }
    const nums: PdfValue[] = [];
    this.pages.forEach((page, i) => {
      nums.push(
        i,
        page.mcids.map((node) => refs.get(node) ?? null),
      );
    });
    const parentTree = file.add({ Nums: nums });
    file.set(treeRef, {
      Type: name('StructTreeRoot'),
      K: [refs.get(this.root) ?? null],
      ParentTree: parentTree,
      ParentTreeNextKey: this.pages.length,
    });

    // Bookmarks, one per section.
    let outlines: PdfRef | undefined;
    if (this.outline.length > 0) {
      outlines = file.ref();
      const items = this.outline.map(() => file.ref());
      this.outline.forEach((entry, i) => {
        const page = this.pages[entry.page - 1];
        file.set(items[i] as PdfRef, {
          Title: text(entry.title),
          Parent: outlines,
          Prev: items[i - 1],
          Next: items[i + 1],
          Dest: page ? [page.ref, name('XYZ'), 0, PAGE_HEIGHT - entry.y, null] : undefined,
        });
      });
      file.set(outlines, {
        Type: name('Outlines'),
        First: items[0],
        Last: items[items.length - 1],
        Count: items.length,
      });
    }

    const xmp = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeMarkup(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeMarkup(meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>${escapeMarkup(meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>${meta.lang}</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>Peerstart</pdf:Producer>
<xmp:CreatorTool>Peerstart</xmp:CreatorTool>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
    const metadata = file.stream(xmp, { Type: name('Metadata'), Subtype: name('XML') }, { compress: false });
    const catalog = file.add({
      Type: name('Catalog'),
      Pages: pagesRef,
      Lang: text(meta.lang),
      MarkInfo: { Marked: true },
      StructTreeRoot: treeRef,
      ViewerPreferences: { DisplayDocTitle: true },
      Metadata: metadata,
      Outlines: outlines,
      PageMode: outlines ? name('UseOutlines') : undefined,
    });
    const info = file.add({
      Title: text(meta.title),
      Subject: text(meta.subject),
      Author: text(meta.author),
      Creator: text('Peerstart'),
      Producer: text('Peerstart'),
    });
    let hash = 2166136261;
    for (const char of `${meta.title}${this.pages.length}`)
      hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
    const id = (hash >>> 0).toString(16).padStart(8, '0').repeat(4);
    return file.save(catalog, info, id);
  }
}
