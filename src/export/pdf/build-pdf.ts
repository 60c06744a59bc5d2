/**
 * Renders a case report as an A4 PDF with jsPDF: a cover page (organisation, role, participants,
 * date, contents), then each ReportSection generically: headings, wrapped text with page breaks,
 * answers, lists, tables (header repeated after a page break), checklists (boxes drawn as shapes,
 * since Helvetica/WinAnsi has no ballot-box glyph) and charts as vector graphics via svg2pdf.js
 * (the very SVG the screen shows). Footer on every page: "Peerstart · <date>" and "Side n af N".
 * This module is the lazy PDF chunk: import it only through `import()` (see ../make-pdf.ts).
 */
import { jsPDF } from 'jspdf';
import { render } from 'preact';
import { svg2pdf } from 'svg2pdf.js';
import { exportUi } from '../../../content/export';
import type { Lang } from '../../../content/types';
import { makeLangApi } from '../../i18n';
import type { CaseRecord } from '../../storage/db';
import type { ReportBlock, ReportSection } from '../report';
import { columnWidths } from './table-layout';
import { toPdfText } from './text';

export interface BuildPdfInput {
  caseRecord: CaseRecord;
  sections: readonly ReportSection[];
  lang: Lang;
  /** The tool's title when the PDF holds one tool; the cover then says so. */
  toolTitle?: string;
  /** YYYY-MM-DD of the report. */
  isoDate: string;
  /** Called after each section is written. */
  onSection?: (done: number, total: number) => void;
  /** Uncompressed output, so tests can read the text in the raw file. */
  uncompressed?: boolean;
}

const PAGE = { width: 210, height: 297 };
const MARGIN = { left: 20, right: 20, top: 22, bottom: 24 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const PT = 0.3528; // mm per point
const COLOR = {
  text: [29, 35, 39],
  muted: [79, 90, 97],
  primary: [31, 78, 95],
  rule: [201, 196, 184],
  fill: [239, 236, 228],
} as const satisfies Record<string, readonly [number, number, number]>;
const SIZE = { body: 10.5, small: 8.5, heading: 12.5, section: 17, title: 26, subtitle: 14 };

type Rgb = readonly [number, number, number];

/** Writes blocks top to bottom, starting new pages as needed. */
class PdfWriter {
  y = MARGIN.top;
  replaced = 0;

  constructor(
    readonly doc: jsPDF,
    readonly headerText: string,
  ) {}

  clean(text: string): string {
    const result = toPdfText(text);
    this.replaced += result.replaced;
    return result.text;
  }

  lineHeight(size: number): number {
    return size * PT * 1.45;
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = MARGIN.top;
    this.style(SIZE.small, 'normal', COLOR.muted);
    this.doc.text(this.headerText, MARGIN.left, 13);
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` mm still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  style(size: number, weight: 'normal' | 'bold', color: Rgb = COLOR.text): void {
    this.doc.setFont('helvetica', weight);
    this.doc.setFontSize(size);
    this.doc.setTextColor(color[0], color[1], color[2]);
  }

  wrap(text: string, width: number): string[] {
    return this.doc.splitTextToSize(this.clean(text), width) as string[];
  }

  /** Wrapped text, line by line, breaking pages between lines. */
  paragraph(
    text: string,
    options: { size?: number; weight?: 'normal' | 'bold'; color?: Rgb; indent?: number; after?: number } = {},
  ): void {
    const size = options.size ?? SIZE.body;
    const indent = options.indent ?? 0;
    this.style(size, options.weight ?? 'normal', options.color);
    const line = this.lineHeight(size);
    for (const row of this.wrap(text, CONTENT_WIDTH - indent)) {
      this.ensure(line);
      this.style(size, options.weight ?? 'normal', options.color);
      this.doc.text(row, MARGIN.left + indent, this.y + size * PT);
      this.y += line;
    }
    this.y += options.after ?? 2.5;
  }

  rule(color: Rgb = COLOR.rule, width = 0.3): void {
    this.doc.setDrawColor(color[0], color[1], color[2]);
    this.doc.setLineWidth(width);
    this.doc.line(MARGIN.left, this.y, PAGE.width - MARGIN.right, this.y);
  }
}

/** Writes the PDF and returns it as bytes. */
export async function buildPdf(input: BuildPdfInput): Promise<ArrayBuffer> {
  const { t, formatDate } = makeLangApi(input.lang);
  const r = exportUi.report;
  const record = input.caseRecord;
  const caseName = record.organisation.trim() || t(r.untitled);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: !input.uncompressed });
  const documentTitle = input.toolTitle ? t(r.toolReport)(input.toolTitle) : t(r.documentTitle);
  doc.setProperties({
    title: `${documentTitle} – ${caseName}`,
    subject: documentTitle,
    author: 'Peerstart',
    creator: 'Peerstart',
  });
  doc.setLanguage(input.lang === 'da' ? 'da' : 'en-GB');
  const writer = new PdfWriter(doc, toPdfText(`${caseName} · ${documentTitle}`).text);

  const contentsAt = writeCover(writer, input, documentTitle, caseName);
  const starts: { title: string; page: number }[] = [];
  let done = 0;
  for (const section of input.sections) {
    writer.newPage();
    starts.push({ title: section.title, page: doc.getNumberOfPages() });
    writer.paragraph(section.title, { size: SIZE.section, weight: 'bold', color: COLOR.primary, after: 1 });
    writer.rule(COLOR.primary, 0.5);
    writer.y += 6;
    for (const block of section.blocks) await writeBlock(writer, block);
    input.onSection?.(++done, input.sections.length);
  }
  writeContents(writer, contentsAt, starts, input);
  writeFooters(doc, t(r.footer)(formatDate(input.isoDate)), t(r.page));
  return doc.output('arraybuffer');
}

/** The cover; returns where the contents list goes (written once the page numbers are known). */
function writeCover(
  writer: PdfWriter,
  input: BuildPdfInput,
  documentTitle: string,
  caseName: string,
): { page: number; y: number } {
  const { t, formatDate } = makeLangApi(input.lang);
  const r = exportUi.report;
  const record = input.caseRecord;
  writer.y = 38;
  writer.paragraph('PEERSTART', { size: 10, weight: 'bold', color: COLOR.primary, after: 6 });
  writer.paragraph(documentTitle, { size: SIZE.subtitle, color: COLOR.muted, after: 2 });
  writer.paragraph(caseName, { size: SIZE.title, weight: 'bold', after: 1 });
  if (record.roleTitle.trim()) writer.paragraph(record.roleTitle, { size: SIZE.subtitle + 2, after: 2 });
  writer.y += 4;
  writer.rule(COLOR.primary, 0.6);
  writer.y += 8;

  const rows: [string, string][] = [
    [t(r.organisation), record.organisation],
    [t(r.unit), record.unit],
    [t(r.role), record.roleTitle],
    [t(r.manager), record.managerName],
    [t(r.peer), record.peerName],
    [t(r.startDate), record.startDate ? formatDate(record.startDate) : ''],
    [t(r.note), record.note],
  ];
  const labelWidth = 45;
  for (const [label, value] of rows) {
    if (!value.trim()) continue;
    writer.style(SIZE.body, 'bold', COLOR.muted);
    const lines = writer.wrap(value.trim(), CONTENT_WIDTH - labelWidth);
    const line = writer.lineHeight(SIZE.body);
    writer.ensure(line);
    writer.doc.text(writer.clean(label), MARGIN.left, writer.y + SIZE.body * PT);
    writer.style(SIZE.body, 'normal');
    for (const row of lines) {
      writer.ensure(line);
      writer.style(SIZE.body, 'normal');
      writer.doc.text(row, MARGIN.left + labelWidth, writer.y + SIZE.body * PT);
      writer.y += line;
    }
    writer.y += 2;
  }
  writer.y += 2;
  writer.paragraph(t(r.madeOn)(formatDate(input.isoDate)), { color: COLOR.muted, after: 10 });
  // Room for the contents (heading, one line per section, the note on replaced characters).
  writer.ensure(16 + (input.sections.length + 1) * (writer.lineHeight(SIZE.body) + 1) + 14);
  return { page: writer.doc.getNumberOfPages(), y: writer.y };
}

/** The contents list on the cover, with the page each section starts on. */
function writeContents(
  writer: PdfWriter,
  at: { page: number; y: number },
  starts: readonly { title: string; page: number }[],
  input: BuildPdfInput,
): void {
  const { t } = makeLangApi(input.lang);
  const r = exportUi.report;
  const doc = writer.doc;
  // The cover may have run onto more pages (a very long note): the contents follow it there.
  doc.setPage(at.page);
  writer.y = at.y;
  writer.paragraph(t(r.contents), { size: SIZE.heading, weight: 'bold', color: COLOR.primary, after: 2 });
  if (starts.length === 0) {
    writer.paragraph(t(input.toolTitle ? r.noToolContent : r.noContent), { color: COLOR.muted });
  }
  const line = writer.lineHeight(SIZE.body);
  for (const { title, page } of starts) {
    if (writer.y + line > BOTTOM) break;
    writer.style(SIZE.body, 'normal');
    doc.text(writer.clean(title), MARGIN.left, writer.y + SIZE.body * PT);
    doc.text(String(page), PAGE.width - MARGIN.right, writer.y + SIZE.body * PT, { align: 'right' });
    writer.y += line + 1;
  }
  if (writer.replaced > 0 && writer.y + 12 < BOTTOM) {
    writer.y = Math.max(writer.y + 6, BOTTOM - 14);
    writer.paragraph(t(r.replacedCharacters), { size: SIZE.small, color: COLOR.muted });
  }
}

function writeFooters(doc: jsPDF, footer: string, pageText: (page: number, total: number) => string): void {
  const total = doc.getNumberOfPages();
  const clean = (text: string) => toPdfText(text).text;
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.3);
    doc.line(MARGIN.left, PAGE.height - 16, PAGE.width - MARGIN.right, PAGE.height - 16);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(SIZE.small);
    doc.setTextColor(...COLOR.muted);
    doc.text(clean(footer), MARGIN.left, PAGE.height - 11);
    doc.text(clean(pageText(page, total)), PAGE.width - MARGIN.right, PAGE.height - 11, { align: 'right' });
  }
}

async function writeBlock(writer: PdfWriter, block: ReportBlock): Promise<void> {
  switch (block.kind) {
    case 'heading':
      // Keep a heading with at least a few lines of what follows it.
      writer.ensure(22);
      writer.y += 2;
      writer.paragraph(block.text, { size: SIZE.heading, weight: 'bold', color: COLOR.primary, after: 2 });
      return;
    case 'paragraph':
      writer.paragraph(block.text, { after: 4 });
      return;
    case 'answer':
      writer.ensure(14);
      writer.paragraph(block.question, { weight: 'bold', after: 1 });
      writer.paragraph(block.answer, { indent: 4, after: 5 });
      return;
    case 'list':
      for (const item of block.items) writeBullet(writer, item);
      writer.y += 3;
      return;
    case 'table':
      writeTable(writer, block);
      return;
    case 'checklist':
      for (const item of block.items) writeCheckItem(writer, item);
      writer.y += 3;
      return;
    case 'chart':
      await writeChart(writer, block);
      return;
  }
}

function writeBullet(writer: PdfWriter, text: string): void {
  const line = writer.lineHeight(SIZE.body);
  writer.style(SIZE.body, 'normal');
  const rows = writer.wrap(text, CONTENT_WIDTH - 6);
  rows.forEach((row, i) => {
    writer.ensure(line);
    writer.style(SIZE.body, 'normal');
    if (i === 0) writer.doc.text('•', MARGIN.left + 1, writer.y + SIZE.body * PT);
    writer.doc.text(row, MARGIN.left + 6, writer.y + SIZE.body * PT);
    writer.y += line;
  });
  writer.y += 1;
}

function writeCheckItem(writer: PdfWriter, item: { text: string; done: boolean; detail?: string }): void {
  const doc = writer.doc;
  const line = writer.lineHeight(SIZE.body);
  const box = 3.8;
  writer.style(SIZE.body, 'normal');
  const rows = writer.wrap(item.text, CONTENT_WIDTH - 8);
  writer.ensure(line * Math.min(rows.length, 2));
  const top = writer.y + 0.4;
  doc.setDrawColor(...COLOR.text);
  doc.setLineWidth(0.35);
  doc.rect(MARGIN.left, top, box, box);
  if (item.done) {
    doc.setLineWidth(0.6);
    doc.lines(
      [
        [1.1, 1.2],
        [2, -3],
      ],
      MARGIN.left + 0.7,
      top + 1.9,
    );
  }
  for (const row of rows) {
    writer.ensure(line);
    writer.style(SIZE.body, 'normal');
    doc.text(row, MARGIN.left + 8, writer.y + SIZE.body * PT);
    writer.y += line;
  }
  if (item.detail?.trim()) {
    writer.y += 0.5;
    writer.paragraph(item.detail, { size: SIZE.small + 0.5, color: COLOR.muted, indent: 8, after: 0 });
  }
  writer.y += 2;
}

function writeTable(
  writer: PdfWriter,
  table: { caption: string; columns: readonly string[]; rows: readonly (readonly string[])[] },
): void {
  const doc = writer.doc;
  const pad = 1.8;
  const size = SIZE.body - 1;
  const line = writer.lineHeight(size);
  const count = Math.max(table.columns.length, ...table.rows.map((row) => row.length));
  if (count === 0) return;
  const cell = (row: readonly string[], i: number) => writer.clean(row[i] ?? '');

  // Measure each column (in the body font; the header is measured bold) to share the width.
  const measures = Array.from({ length: count }, (_, i) => {
    let natural = 0;
    let minimum = 0;
    const measure = (text: string, weight: 'normal' | 'bold') => {
      writer.style(size, weight);
      for (const part of text.split('\n')) natural = Math.max(natural, doc.getTextWidth(part));
      for (const word of text.split(/\s+/)) minimum = Math.max(minimum, doc.getTextWidth(word));
    };
    measure(cell(table.columns, i), 'bold');
    for (const row of table.rows) measure(cell(row, i), 'normal');
    return { natural: natural + 2 * pad, minimum: minimum + 2 * pad };
  });
  const widths = columnWidths(measures, CONTENT_WIDTH);

  const layoutRow = (row: readonly string[], weight: 'normal' | 'bold') => {
    writer.style(size, weight);
    const cells = widths.map((w, i) => doc.splitTextToSize(cell(row, i), w - 2 * pad) as string[]);
    const height = Math.max(1, ...cells.map((c) => c.length)) * line + 2 * pad;
    return { cells, height };
  };
  const drawRow = (row: { cells: string[][]; height: number }, header: boolean) => {
    let x = MARGIN.left;
    if (header) {
      doc.setFillColor(...COLOR.fill);
      doc.rect(MARGIN.left, writer.y, CONTENT_WIDTH, row.height, 'F');
    }
    writer.style(size, header ? 'bold' : 'normal');
    row.cells.forEach((lines, i) => {
      lines.forEach((text, k) => {
        doc.text(text, x + pad, writer.y + pad + k * line + size * PT);
      });
      x += widths[i] ?? 0;
    });
    writer.y += row.height;
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(header ? 0.4 : 0.2);
    doc.line(MARGIN.left, writer.y, PAGE.width - MARGIN.right, writer.y);
  };

  const header = layoutRow(table.columns, 'bold');
  const first = table.rows[0] ? layoutRow(table.rows[0], 'normal') : { height: 0 };
  writer.ensure(writer.lineHeight(SIZE.body) + 2 + header.height + first.height);
  if (table.caption.trim()) {
    writer.paragraph(table.caption, { weight: 'bold', size: SIZE.body, after: 1.5 });
  }
  drawRow(header, true);
  for (const row of table.rows) {
    const laid = layoutRow(row, 'normal');
    if (writer.y + laid.height > BOTTOM) {
      writer.newPage();
      drawRow(header, true);
    }
    drawRow(laid, false);
  }
  writer.y += 6;
}

/** Draws a chart's SVG as vector graphics: rendered off screen with Preact, then handed to svg2pdf. */
async function writeChart(writer: PdfWriter, block: Extract<ReportBlock, { kind: 'chart' }>): Promise<void> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  // Off screen but laid out (svg2pdf reads computed styles); CSSOM styles are allowed by the CSP.
  Object.assign(host.style, { position: 'absolute', left: '-10000px', top: '0', width: '800px' });
  document.body.append(host);
  try {
    render(block.chart, host);
    const svg = host.querySelector('svg');
    if (!svg) return;
    const box = svg.viewBox.baseVal;
    const ratio = box && box.width > 0 ? box.height / box.width : 0.75;
    let width = Math.min(CONTENT_WIDTH, 150);
    let height = width * ratio;
    const maxHeight = BOTTOM - MARGIN.top - 16;
    if (height > maxHeight) {
      height = maxHeight;
      width = height / ratio;
    }
    writer.ensure(height + 12);
    if (block.title.trim()) writer.paragraph(block.title, { weight: 'bold', after: 2 });
    writer.ensure(height);
    // svg2pdf starts from the document's current font: reset it, or chart text inherits the bold title.
    writer.doc.setFont('helvetica', 'normal');
    await svg2pdf(svg, writer.doc, {
      x: MARGIN.left + (CONTENT_WIDTH - width) / 2,
      y: writer.y,
      width,
      height,
    });
    writer.y += height + 6;
  } finally {
    render(null, host);
    host.remove();
  }
}
