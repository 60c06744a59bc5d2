/** Gathers the report sections of a case: every tool (or one) that has content, in journey order. */
import { type Lang, TOOL_IDS, type ToolId } from '../../content/types';
import { features } from '../features/registry';
import { adviceReport } from '../features/sources/advice-report';
import type { CaseSnapshot } from '../storage/cases';
import type { ReportSection } from './report';

/** The sections of the given tools (all by default) that have content; a failing tool is skipped. */
export async function collectSections(
  snapshot: CaseSnapshot,
  lang: Lang,
  tools: readonly ToolId[] = TOOL_IDS,
): Promise<ReportSection[]> {
  const sections = await Promise.all(
    tools.map(async (tool) => {
      try {
        const report = await features[tool].loadReport();
        return report(snapshot, lang);
      } catch (error) {
        // One tool's broken report must not cost the user the whole PDF.
        console.error(`Report of ${tool} failed`, error);
        return null;
      }
    }),
  );
  const filled = sections.filter((section): section is ReportSection => section !== null);
  // A whole case's PDF closes with the "5 gode råd"; a single tool's PDF stays about that tool.
  if (tools === TOOL_IDS && filled.length > 0) filled.push(adviceReport(lang));
  return filled;
}
