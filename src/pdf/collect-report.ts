/**
 * Gathers the report sections of a case: every tool (or one) that has content, in journey order.
 * The tools' report builders are passed in (the features register them), so the export code does
 * not depend on the features that use it.
 */
import { type CaseKind, caseKindOf, type Lang, TOOL_IDS, type ToolId } from '../../content/types';
import type { CaseSnapshot } from '../storage/cases';
import type { ReportSection } from '../tool-kit/report';

/** Loads one tool's report builder (lazily: the builders are not in the first load). */
export type LoadReport = () => Promise<
  (snapshot: CaseSnapshot, lang: Lang, shared: SharedParts, onlyShared?: boolean) => ReportSection | null
>;

/** The peer worker's own parts shared in this file (issue 18); see src/tool-kit/ownership.ts. */
export type SharedParts = ReadonlySet<string>;

/** What a report is made from: each tool's builder, and the section a whole case's report ends with. */
export interface ReportSources {
  tools: Readonly<Record<ToolId, LoadReport>>;
  /** E.g. the "5 gode råd" after a whole case; a single tool's report stays about that tool. */
  closing?: (lang: Lang, kind: CaseKind) => ReportSection;
}

/**
 * The sections of the given tools (all by default) that have content; a failing tool is skipped.
 * A tool in `partsOnly` gives only the peer worker's parts shared in this file.
 */
export async function collectSections(
  snapshot: CaseSnapshot,
  lang: Lang,
  sources: ReportSources,
  tools: readonly ToolId[] = TOOL_IDS,
  shared: SharedParts = new Set(),
  closing = tools === TOOL_IDS,
  partsOnly: readonly ToolId[] = [],
): Promise<ReportSection[]> {
  const sections = await Promise.all(
    tools.map(async (tool) => {
      try {
        const report = await sources.tools[tool]();
        return report(snapshot, lang, shared, partsOnly.includes(tool));
      } catch (error) {
        // One tool's broken report must not cost the user the whole PDF.
        console.error(`Report of ${tool} failed`, error);
        return null;
      }
    }),
  );
  const filled = sections.filter((section): section is ReportSection => section !== null);
  if (closing && filled.length > 0 && sources.closing)
    filled.push(sources.closing(lang, caseKindOf(snapshot.case)));
  return filled;
}
