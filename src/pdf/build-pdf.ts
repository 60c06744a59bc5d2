/**
 * Renders a case report as a tagged A4 PDF (PDF/UA-style): a cover page (organisation, role,
 * participants, date, contents), then each ReportSection: headings, wrapped text with page breaks
 * (a heading always keeps the start of what follows it; no paragraph leaves a single line behind),
 * answers, lists, tables (header repeated after a page break), checklists and charts as vector
 * graphics drawn from the on-screen SVG. Text is set in the Noto fonts shipped with the app
 * (subset-embedded), with shaping and bidi order for Arabic and Hebrew. Footer on every page:
 * "Peerstart · <date>" and "Side n af N" (artifacts).
 * This module is the lazy PDF chunk: import it only through `import()` (see ../make-pdf.ts).
 */
import { render } from 'preact';
import { caseKindUi } from '../../content/case-kinds';
import { exportUi } from '../../content/export';
import { caseKindOf, type Lang } from '../../content/types';
import { makeLangApi } from '../i18n';
import type { CaseRecord } from '../storage/db';
import type { ReportBlock, ReportSection } from '../tool-kit/report';
import { PAGE_HEIGHT, PAGE_WIDTH, PdfCanvas, type Rgb, type StructNode } from './canvas';
import { type FontLoader, fetchFont, type Weight } from './fonts';
import { name as nameOf, PdfFile, type PdfValue } from './pdf-file';
import type { Line } from './shape';
import { drawSvg } from './svg';
import { columnWidths } from './table-layout';

export interface BuildPdfInput {
  caseRecord: CaseRecord;
  sections: readonly ReportSection[];
  lang: Lang;
  /** The tool's title when the PDF holds one tool; the cover then says so. */
  toolTitle?: string;
  /** YYYY-MM-DD of the report. */
  isoDate: string;
  /** Said on the first page under the date: who the file is for, and whose parts it holds with consent. */
  coverLines?: readonly string[];
  /** Called after each section is written. */
  onSection?: (done: number, total: number) => void;
  /** Uncompressed output, so tests can read the raw file. */
  uncompressed?: boolean;
  /** Where font files come from (default: the app's /fonts/, precached). */
  loadFont?: FontLoader;
}

const MM = 72 / 25.4;
const MARGIN = { left: 20 * MM, right: 20 * MM, top: 22 * MM, bottom: 24 * MM };
const CONTENT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE_HEIGHT - MARGIN.bottom;
const COLOR = {
  text: [29, 35, 39],
  muted: [79, 90, 97],
  primary: [31, 78, 95],
  rule: [201, 196, 184],
  fill: [239, 236, 228],
} as const satisfies Record<string, Rgb>;
const SIZE = { body: 10.5, small: 8.5, heading: 12.5, section: 17, title: 26, subtitle: 14 };

interface TextOptions {
  size?: number;
  weight?: Weight;
  color?: Rgb;
  indent?: number;
  after?: number;
}

/** Writes blocks top to bottom, starting new pages as needed. */
class Writer {
  y = MARGIN.top;

  constructor(
    readonly canvas: PdfCanvas,
    readonly headerText: string,
  ) {}

  lineHeight(size: number): number {
    return size * 1.45;
  }

  newPage(): void {
    this.canvas.addPage();
    this.canvas.artifact(() => {
      const line = this.canvas.shaper.line(this.headerText, { size: SIZE.small, weight: 'normal' });
      this.canvas.drawLine(line, MARGIN.left, 13 * MM, SIZE.small, COLOR.muted);
    }, true);
    this.canvas.resume();
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM && this.y > MARGIN.top + 1) this.newPage();
  }

  wrap(text: string, size: number, weight: Weight, width: number): Line[] {
    return this.canvas.shaper.wrap(text, { size, weight }, width);
  }

  /** Height of a wrapped text, as `paragraph` would draw it. */
  measure(text: string, options: TextOptions = {}): number {
    const size = options.size ?? SIZE.body;
    const lines = this.wrap(text, size, options.weight ?? 'normal', CONTENT_WIDTH - (options.indent ?? 0));
    return lines.length * this.lineHeight(size) + (options.after ?? 2.5 * MM);
  }

  /** Wrapped text as one structure element, line by line, breaking pages between lines. */
  paragraph(node: StructNode, text: string, options: TextOptions = {}): void {
    const size = options.size ?? SIZE.body;
    const indent = options.indent ?? 0;
    const width = CONTENT_WIDTH - indent;
    const lines = this.wrap(text, size, options.weight ?? 'normal', width);
    const line = this.lineHeight(size);
    // Never one line alone at the bottom or top of a page: up to three lines stay together, a longer
    // paragraph starts with at least two and leaves at least two for the next page.
    this.ensure(line * (lines.length <= 3 ? lines.length : 2));
    this.canvas.begin(node);
    lines.forEach((row, i) => {
      const left = lines.length - i;
      if (this.y + line > BOTTOM || (left === 2 && lines.length > 3 && this.y + 2 * line > BOTTOM))
        this.newPage();
      const x = MARGIN.left + indent + (row.rtl ? width - row.width : 0);
      this.canvas.drawLine(row, x, this.y + size * 0.95, size, options.color ?? COLOR.text);
      this.y += line;
    });
    this.canvas.end();
    this.y += options.after ?? 2.5 * MM;
  }

  rule(color: Rgb = COLOR.rule, width = 0.85): void {
    const y = this.y;
    this.canvas.artifact(() => this.canvas.line(MARGIN.left, y, PAGE_WIDTH - MARGIN.right, y, color, width));
  }
}

/** Every text the PDF will draw, so only the font files it needs are fetched. */
function allText(input: BuildPdfInput, extra: string[]): string {
  const parts: string[] = [
    ...Object.values(input.caseRecord).map(String),
    ...(input.coverLines ?? []),
    ...extra,
  ];
  for (const section of input.sections) {
    parts.push(section.title);
    for (const block of section.blocks) {
      if (block.kind === 'chart') parts.push(block.title);
      else parts.push(JSON.stringify(block));
    }
  }
  return parts.join('\n');
}

/** Charts rendered off screen (the same Preact SVG as on screen), read for drawing and their text. */
function renderCharts(sections: readonly ReportSection[]): {
  svgs: Map<ReportBlock, SVGSVGElement>;
  cleanup: () => void;
  text: string;
} {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'absolute', left: '-10000px', top: '0', width: '800px' });
  document.body.append(host);
  const svgs = new Map<ReportBlock, SVGSVGElement>();
  let text = '';
  for (const section of sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'chart') continue;
      const box = document.createElement('div');
      host.append(box);
      render(block.chart, box);
      const svg = box.querySelector('svg');
      if (svg) {
        svgs.set(block, svg);
        text += ` ${svg.textContent ?? ''} ${Array.from(svg.querySelectorAll('[data-label]'), (g) => g.getAttribute('data-label')).join(' ')}`;
      }
    }
  }
  return {
    svgs,
    text,
    cleanup: () => {
      for (const box of Array.from(host.children)) render(null, box);
      host.remove();
    },
  };
}

/** Writes the PDF and returns it as bytes. */
export async function buildPdf(input: BuildPdfInput): Promise<ArrayBuffer> {
  const { t, formatDate } = makeLangApi(input.lang, undefined, caseKindOf(input.caseRecord));
  const r = exportUi.report;
  const record = input.caseRecord;
  const caseName = record.organisation.trim() || t(r.untitled);
  const documentTitle = input.toolTitle ? t(r.toolReport)(input.toolTitle) : t(r.documentTitle);
  const charts = renderCharts(input.sections);
  try {
    const file = new PdfFile(!input.uncompressed);
    const uiText = [
      documentTitle,
      caseName,
      t(r.footer)(formatDate(input.isoDate)),
      t(r.page)(88, 88),
      t(r.contents),
      t(r.replacedCharacters),
      t(r.madeOn)(formatDate(input.isoDate)),
      t(r.done),
      t(r.notDone),
      '•✓?[emoji]0123456789',
    ];
    const canvas = await PdfCanvas.create(
      file,
      allText(input, uiText) + charts.text,
      input.loadFont ?? fetchFont,
    );
    const writer = new Writer(canvas, `${caseName} · ${documentTitle}`);

    const contents = writeCover(writer, input, documentTitle, caseName);
    const starts: { title: string; page: number }[] = [];
    let done = 0;
    for (const section of input.sections) {
      writer.newPage();
      starts.push({ title: section.title, page: canvas.pageNumber });
      canvas.outline.push({ title: section.title, page: canvas.pageNumber, y: writer.y });
      const sect = canvas.root.child('Sect');
      writer.paragraph(sect.child('H1'), section.title, {
        size: SIZE.section,
        weight: 'bold',
        color: COLOR.primary,
        after: MM,
      });
      writer.rule(COLOR.primary, 1.4);
      writer.y += 6 * MM;
      section.blocks.forEach((block, i) => {
        writeBlock(writer, sect, block, section.blocks[i + 1], charts.svgs, input.lang);
      });
      input.onSection?.(++done, input.sections.length);
    }
    writeContents(writer, contents, starts, input);
    writeFooters(canvas, t(r.footer)(formatDate(input.isoDate)), t(r.page));
    const bytes = await canvas.save(
      {
        title: `${documentTitle} – ${caseName}`,
        subject: documentTitle,
        author: 'Peerstart',
        lang: input.lang === 'da' ? 'da-DK' : 'en-GB',
      },
      !input.uncompressed,
    );
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  } finally {
    charts.cleanup();
  }
}

/** The cover; returns where the contents list goes (written once the page numbers are known). */
function writeCover(
  writer: Writer,
  input: BuildPdfInput,
  documentTitle: string,
  caseName: string,
): { page: number; y: number; node: StructNode; heading: StructNode } {
  const { t, formatDate } = makeLangApi(input.lang, undefined, caseKindOf(input.caseRecord));
  const r = exportUi.report;
  const record = input.caseRecord;
  const canvas = writer.canvas;
  canvas.addPage();
  const cover = canvas.root.child('Sect');
  writer.y = 38 * MM;
  writer.paragraph(cover.child('P'), 'PEERSTART', {
    size: 10,
    weight: 'bold',
    color: COLOR.primary,
    after: 6 * MM,
  });
  writer.paragraph(cover.child('P'), documentTitle, {
    size: SIZE.subtitle,
    color: COLOR.muted,
    after: 2 * MM,
  });
  writer.paragraph(cover.child('H1'), caseName, { size: SIZE.title, weight: 'bold', after: MM });
  if (record.roleTitle.trim())
    writer.paragraph(cover.child('P'), record.roleTitle, { size: SIZE.subtitle + 2, after: 2 * MM });
  writer.y += 4 * MM;
  writer.rule(COLOR.primary, 1.7);
  writer.y += 8 * MM;

  const rows: [string, string][] = [
    [t(r.kind), t(caseKindUi.short[caseKindOf(record)])],
    [t(r.organisation), record.organisation],
    [t(r.unit), record.unit],
    [t(r.role), record.roleTitle],
    [t(r.manager), record.managerName],
    [t(r.peer), record.peerName],
    [t(r.startDate), record.startDate ? formatDate(record.startDate) : ''],
    [t(r.note), record.note],
  ].filter(([, value]) => value?.trim()) as [string, string][];
  if (rows.length > 0) {
    // The case details are a two-column table: a row header (the label) and its value.
    const table = cover.child('Table');
    const labelWidth = 45 * MM;
    const line = writer.lineHeight(SIZE.body);
    for (const [label, value] of rows) {
      const tr = table.child('TR');
      const th = tr.child('TH');
      th.attributes = thAttributes('Row');
      const lines = writer.wrap(value.trim(), SIZE.body, 'normal', CONTENT_WIDTH - labelWidth);
      writer.ensure(line * Math.min(2, lines.length));
      canvas.begin(th);
      canvas.drawLine(
        canvas.shaper.line(label, { size: SIZE.body, weight: 'bold' }),
        MARGIN.left,
        writer.y + SIZE.body * 0.95,
        SIZE.body,
        COLOR.muted,
      );
      canvas.end();
      const td = tr.child('TD');
      canvas.begin(td);
      for (const row of lines) {
        if (writer.y + line > BOTTOM) writer.newPage();
        const x = MARGIN.left + labelWidth + (row.rtl ? CONTENT_WIDTH - labelWidth - row.width : 0);
        canvas.drawLine(row, x, writer.y + SIZE.body * 0.95, SIZE.body, COLOR.text);
        writer.y += line;
      }
      canvas.end();
      writer.y += 2 * MM;
    }
  }
  writer.y += 2 * MM;
  const coverLines = input.coverLines ?? [];
  writer.paragraph(cover.child('P'), t(r.madeOn)(formatDate(input.isoDate)), {
    color: COLOR.muted,
    after: coverLines.length > 0 ? 2 * MM : 10 * MM,
  });
  coverLines.forEach((line, index) => {
    writer.paragraph(cover.child('P'), line, {
      weight: 'bold',
      after: index === coverLines.length - 1 ? 10 * MM : 2 * MM,
    });
  });
  // Room for the contents (heading, one line per section, the note on replaced characters).
  writer.ensure(16 * MM + (input.sections.length + 1) * (writer.lineHeight(SIZE.body) + MM) + 14 * MM);
  const heading = cover.child('H2');
  const node = cover.child('TOC');
  return { page: canvas.pageNumber, y: writer.y, node, heading };
}

function thAttributes(scope: 'Row' | 'Column'): Record<string, PdfValue> {
  return { O: nameOf('Table'), Scope: nameOf(scope) };
}

/** The contents list on the cover, with the page each section starts on. */
function writeContents(
  writer: Writer,
  at: { page: number; y: number; node: StructNode; heading: StructNode },
  starts: readonly { title: string; page: number }[],
  input: BuildPdfInput,
): void {
  const { t } = makeLangApi(input.lang, undefined, caseKindOf(input.caseRecord));
  const r = exportUi.report;
  const canvas = writer.canvas;
  // The cover may have run onto more pages (a very long note): the contents follow it there.
  canvas.usePage(at.page);
  writer.y = at.y;
  writer.paragraph(at.heading, t(r.contents), {
    size: SIZE.heading,
    weight: 'bold',
    color: COLOR.primary,
    after: 2 * MM,
  });
  if (starts.length === 0) {
    writer.paragraph(at.node.child('P'), t(input.toolTitle ? r.noToolContent : r.noContent), {
      color: COLOR.muted,
    });
  }
  const line = writer.lineHeight(SIZE.body);
  for (const { title, page } of starts) {
    if (writer.y + line > BOTTOM) break;
    const item = at.node.child('TOCI');
    canvas.begin(item);
    const titleLine = canvas.shaper.line(title, { size: SIZE.body, weight: 'normal' });
    canvas.drawLine(titleLine, MARGIN.left, writer.y + SIZE.body * 0.95, SIZE.body, COLOR.text);
    const number = canvas.shaper.line(String(page), { size: SIZE.body, weight: 'normal' });
    canvas.drawLine(
      number,
      PAGE_WIDTH - MARGIN.right - number.width,
      writer.y + SIZE.body * 0.95,
      SIZE.body,
      COLOR.text,
    );
    canvas.end();
    writer.y += line + MM;
  }
  if (canvas.shaper.missing > 0 && writer.y + 12 * MM < BOTTOM) {
    writer.y = Math.max(writer.y + 6 * MM, BOTTOM - 14 * MM);
    writer.paragraph(at.node.parent?.child('P') ?? at.node, t(r.replacedCharacters), {
      size: SIZE.small,
      color: COLOR.muted,
    });
  }
}

function writeFooters(
  canvas: PdfCanvas,
  footer: string,
  pageText: (page: number, total: number) => string,
): void {
  const total = canvas.pages.length;
  for (let page = 1; page <= total; page++) {
    canvas.usePage(page);
    canvas.artifact(() => {
      const y = PAGE_HEIGHT - 16 * MM;
      canvas.line(MARGIN.left, y, PAGE_WIDTH - MARGIN.right, y, COLOR.rule, 0.85);
      const left = canvas.shaper.line(footer, { size: SIZE.small, weight: 'normal' });
      canvas.drawLine(left, MARGIN.left, PAGE_HEIGHT - 11 * MM, SIZE.small, COLOR.muted);
      const right = canvas.shaper.line(pageText(page, total), { size: SIZE.small, weight: 'normal' });
      canvas.drawLine(
        right,
        PAGE_WIDTH - MARGIN.right - right.width,
        PAGE_HEIGHT - 11 * MM,
        SIZE.small,
        COLOR.muted,
      );
    }, true);
  }
}

/** How much of a block must fit below a heading so the heading is not left alone. */
function firstPartHeight(
  writer: Writer,
  block: ReportBlock | undefined,
  svgs: Map<ReportBlock, SVGSVGElement>,
): number {
  if (!block) return 0;
  const line = writer.lineHeight(SIZE.body);
  switch (block.kind) {
    case 'heading':
      return writer.lineHeight(SIZE.heading) + 2 * line;
    case 'paragraph':
      return Math.min(writer.measure(block.text), 2 * line);
    case 'answer':
      return writer.lineHeight(SIZE.body) + 2 * line;
    case 'list':
    case 'checklist':
      return 2 * line;
    case 'table':
      return line * 4 + 8 * MM;
    case 'chart': {
      const svg = svgs.get(block);
      return svg ? chartSize(svg).height + line + 4 * MM : 0;
    }
  }
}

function writeBlock(
  writer: Writer,
  sect: StructNode,
  block: ReportBlock,
  next: ReportBlock | undefined,
  svgs: Map<ReportBlock, SVGSVGElement>,
  lang: Lang,
): void {
  switch (block.kind) {
    case 'heading': {
      // A heading keeps the start of what follows it on the same page.
      const height =
        writer.measure(block.text, { size: SIZE.heading, weight: 'bold', after: 2 * MM }) + 2 * MM;
      writer.ensure(height + firstPartHeight(writer, next, svgs));
      writer.y += 2 * MM;
      writer.paragraph(sect.child('H2'), block.text, {
        size: SIZE.heading,
        weight: 'bold',
        color: COLOR.primary,
        after: 2 * MM,
      });
      return;
    }
    case 'paragraph':
      writer.paragraph(sect.child('P'), block.text, { after: 4 * MM });
      return;
    case 'answer': {
      const q = writer.measure(block.question, { weight: 'bold', after: MM });
      writer.ensure(q + 2 * writer.lineHeight(SIZE.body));
      writer.paragraph(sect.child('P'), block.question, { weight: 'bold', after: MM });
      writer.paragraph(sect.child('P'), block.answer, { indent: 4 * MM, after: 5 * MM });
      return;
    }
    case 'list': {
      const list = sect.child('L');
      for (const item of block.items) writeItem(writer, list, '•', undefined, item);
      writer.y += 3 * MM;
      return;
    }
    case 'table':
      writeTable(writer, sect, block);
      return;
    case 'checklist': {
      const list = sect.child('L');
      const { t } = makeLangApi(lang);
      for (const item of block.items)
        writeItem(
          writer,
          list,
          item.done ? t(exportUi.report.done) : t(exportUi.report.notDone),
          item.done,
          item.text,
          item.detail,
        );
      writer.y += 3 * MM;
      return;
    }
    case 'chart':
      writeChart(writer, sect, block, svgs.get(block), lang);
      return;
  }
}

/** A list item: a bullet or a drawn check box (tagged Lbl, with its meaning as text), then the text. */
function writeItem(
  writer: Writer,
  list: StructNode,
  label: string,
  checked: boolean | undefined,
  text: string,
  detail?: string,
): void {
  const canvas = writer.canvas;
  const line = writer.lineHeight(SIZE.body);
  const indent = checked === undefined ? 6 * MM : 8 * MM;
  const rows = writer.wrap(text, SIZE.body, 'normal', CONTENT_WIDTH - indent);
  writer.ensure(line * Math.min(rows.length, 2));
  const li = list.child('LI');
  const lbl = li.child('Lbl');
  const top = writer.y;
  if (checked === undefined) {
    canvas.begin(lbl);
    canvas.drawLine(
      canvas.shaper.line('•', { size: SIZE.body, weight: 'normal' }),
      MARGIN.left + MM,
      top + SIZE.body * 0.95,
      SIZE.body,
      COLOR.text,
    );
    canvas.end();
  } else {
    // The box is drawn; its meaning ("Udført" / "Ikke udført") is the label's alternative text.
    lbl.alt = label;
    canvas.begin(lbl);
    const box = 3.8 * MM;
    const y = top + 1.2;
    canvas.rect(MARGIN.left, y, box, box, { stroke: COLOR.text, lineWidth: 1 });
    if (checked) {
      const x0 = MARGIN.left + 0.7 * MM;
      const y0 = y + 1.9 * MM;
      canvas.op(
        `0.114 0.137 0.153 RG 1.7 w ${x0.toFixed(2)} ${(PAGE_HEIGHT - y0).toFixed(2)} m ${(x0 + 1.1 * MM).toFixed(2)} ${(PAGE_HEIGHT - y0 - 1.2 * MM).toFixed(2)} l ${(x0 + 3.1 * MM).toFixed(2)} ${(PAGE_HEIGHT - y0 + 1.8 * MM).toFixed(2)} l S`,
      );
    }
    canvas.end();
  }
  const body = li.child('LBody');
  canvas.begin(body);
  for (const row of rows) {
    if (writer.y + line > BOTTOM) writer.newPage();
    const x = MARGIN.left + indent + (row.rtl ? CONTENT_WIDTH - indent - row.width : 0);
    canvas.drawLine(row, x, writer.y + SIZE.body * 0.95, SIZE.body, COLOR.text);
    writer.y += line;
  }
  canvas.end();
  if (detail?.trim()) {
    writer.y += 0.5 * MM;
    writer.paragraph(body.child('P'), detail, {
      size: SIZE.small + 0.5,
      color: COLOR.muted,
      indent,
      after: 0,
    });
  }
  writer.y += checked === undefined ? MM : 2 * MM;
}

function writeTable(
  writer: Writer,
  sect: StructNode,
  table: { caption: string; columns: readonly string[]; rows: readonly (readonly string[])[] },
): void {
  const canvas = writer.canvas;
  const pad = 1.8 * MM;
  const size = SIZE.body - 1;
  const line = writer.lineHeight(size);
  const count = Math.max(table.columns.length, ...table.rows.map((row) => row.length));
  if (count === 0) return;
  const cell = (row: readonly string[], i: number) => row[i] ?? '';
  const shaper = canvas.shaper;

  // Measure each column (the header bold) to share the width.
  const measures = Array.from({ length: count }, (_, i) => {
    let natural = 0;
    let minimum = 0;
    const measure = (text: string, weight: Weight) => {
      for (const part of text.split('\n'))
        natural = Math.max(natural, shaper.measure(part, { size, weight }));
      for (const word of text.split(/\s+/))
        minimum = Math.max(minimum, shaper.measure(word, { size, weight }));
    };
    measure(cell(table.columns, i), 'bold');
    for (const row of table.rows) measure(cell(row, i), 'normal');
    return { natural: natural + 2 * pad, minimum: minimum + 2 * pad };
  });
  const widths = columnWidths(measures, CONTENT_WIDTH);

  const layoutRow = (row: readonly string[], weight: Weight) => {
    const cells = widths.map((w, i) =>
      cell(row, i) ? shaper.wrap(cell(row, i), { size, weight }, w - 2 * pad) : [],
    );
    const height = Math.max(1, ...cells.map((c) => c.length)) * line + 2 * pad;
    return { cells, height };
  };
  const node = sect.child('Table');
  const drawRow = (row: { cells: Line[][]; height: number }, header: boolean, tr: StructNode | null) => {
    let x = MARGIN.left;
    const top = writer.y;
    if (header)
      canvas.artifact(() => canvas.rect(MARGIN.left, top, CONTENT_WIDTH, row.height, { fill: COLOR.fill }));
    row.cells.forEach((lines, i) => {
      const width = widths[i] ?? 0;
      const draw = () =>
        lines.forEach((text, k) => {
          const left = x + pad + (text.rtl ? width - 2 * pad - text.width : 0);
          canvas.drawLine(text, left, top + pad + k * line + size * 0.95, size, COLOR.text);
        });
      if (tr) {
        const cellNode = tr.child(header ? 'TH' : 'TD');
        if (header) cellNode.attributes = thAttributes('Column');
        canvas.begin(cellNode);
        draw();
        canvas.end();
      } else {
        // The header repeated after a page break is pagination, not content.
        canvas.artifact(draw);
      }
      x += width;
    });
    writer.y += row.height;
    const y = writer.y;
    canvas.artifact(() =>
      canvas.line(MARGIN.left, y, PAGE_WIDTH - MARGIN.right, y, COLOR.rule, header ? 1.1 : 0.6),
    );
  };

  const header = layoutRow(table.columns, 'bold');
  const first = table.rows[0] ? layoutRow(table.rows[0], 'normal') : { height: 0 };
  writer.ensure(writer.lineHeight(SIZE.body) + 2 * MM + header.height + first.height);
  if (table.caption.trim()) {
    writer.paragraph(node.child('Caption'), table.caption, {
      weight: 'bold',
      size: SIZE.body,
      after: 1.5 * MM,
    });
  }
  drawRow(header, true, node.child('TR'));
  for (const row of table.rows) {
    const laid = layoutRow(row, 'normal');
    if (writer.y + laid.height > BOTTOM) {
      writer.newPage();
      drawRow(header, true, null);
    }
    drawRow(laid, false, node.child('TR'));
  }
  writer.y += 6 * MM;
}

function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const [, , vw = 4, vh = 3] = (svg.getAttribute('viewBox') ?? '0 0 4 3').split(/[\s,]+/).map(Number);
  const ratio = vw > 0 ? vh / vw : 0.75;
  let width = Math.min(CONTENT_WIDTH, 150 * MM);
  let height = width * ratio;
  const maxHeight = BOTTOM - MARGIN.top - 16 * MM;
  if (height > maxHeight) {
    height = maxHeight;
    width = height / ratio;
  }
  return { width, height };
}

/** A chart as a Figure with alternative text (its title and description; the data table follows). */
function writeChart(
  writer: Writer,
  sect: StructNode,
  block: Extract<ReportBlock, { kind: 'chart' }>,
  svg: SVGSVGElement | undefined,
  lang: Lang,
): void {
  if (!svg) return;
  const { t } = makeLangApi(lang);
  const { width, height } = chartSize(svg);
  const titleHeight = block.title.trim() ? writer.measure(block.title, { weight: 'bold', after: 2 * MM }) : 0;
  writer.ensure(height + titleHeight + 4 * MM);
  if (block.title.trim()) writer.paragraph(sect.child('P'), block.title, { weight: 'bold', after: 2 * MM });
  writer.ensure(height);
  const figure = sect.child('Figure');
  const title = svg.querySelector('title')?.textContent?.trim() ?? block.title;
  const desc = svg.querySelector('desc')?.textContent?.trim() ?? '';
  figure.alt = [title, desc, t(exportUi.report.chartTable)].filter(Boolean).join('. ').replace(/\.\./g, '.');
  figure.attributes = {
    O: nameOf('Layout'),
    BBox: [
      MARGIN.left + (CONTENT_WIDTH - width) / 2,
      PAGE_HEIGHT - writer.y - height,
      MARGIN.left + (CONTENT_WIDTH + width) / 2,
      PAGE_HEIGHT - writer.y,
    ],
  };
  writer.canvas.begin(figure);
  drawSvg(writer.canvas, svg, { x: MARGIN.left + (CONTENT_WIDTH - width) / 2, y: writer.y, width, height });
  writer.canvas.end();
  writer.y += height + 6 * MM;
}
