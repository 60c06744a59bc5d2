/**
 * The report model: what a tool says about a case, as plain blocks. The PDF export and the print
 * view render these blocks, so every tool describes its result once, independent of the output.
 */
import type { VNode } from 'preact';
import type { ToolId } from '../../content/types';

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'answer'; question: string; answer: string }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'table'; caption: string; columns: readonly string[]; rows: readonly (readonly string[])[] }
  | { kind: 'checklist'; items: readonly { text: string; done: boolean; detail?: string }[] }
  /** A chart as the same Preact SVG element the screen shows; the PDF draws it as vector graphics. */
  | { kind: 'chart'; title: string; chart: VNode };

export interface ReportSection {
  /** The tool the section is about; 'advice' for the closing "5 gode råd" of a whole case. */
  tool: ToolId | 'advice';
  title: string;
  blocks: readonly ReportBlock[];
}
