/**
 * Making a PDF from the UI: read the case, gather its sections, then load the PDF code (the PDF writer,
 * fontkit and bidi-js: a lazy chunk; fonts are fetched by it) and render. Returns a File ready to share or download.
 */

import { exportUi } from '../../content/export';
import { toolMeta } from '../../content/tools';
import { caseKindOf, type Lang, TOOL_IDS, type ToolId } from '../../content/types';
import { makeLangApi } from '../i18n';
import { loadCaseSnapshot } from '../storage/cases';
import { todayIso } from '../tool-kit/normalise';
import { collectSections, type ReportSources, type SharedParts } from './collect-report';
import { exportFileName } from './text';

export type PdfProgress =
  | { step: 'loading' }
  | { step: 'collecting' }
  | { step: 'rendering'; done: number; total: number }
  | { step: 'finishing' };

/**
 * What one PDF holds, chosen for whom it is (issue 18): the tools, whether the case's note and the
 * closing advice are in it, the peer worker's own parts shared with consent, and the lines its
 * first page says about that (who it is for, whose information it holds and since when).
 */
export interface PdfScope {
  tools: readonly ToolId[];
  caseNote: boolean;
  advice: boolean;
  shared: SharedParts;
  /** Tools in `tools` that are in the file only for the peer worker's parts shared in it. */
  partsOnly?: readonly ToolId[];
  coverLines: readonly string[];
}

/**
 * Builds the PDF of a whole case, or of one tool when `tool` is given. Without a `scope`, the
 * peer worker's own parts are left out (nothing is shared without consent).
 */
export async function makeCasePdf(
  caseId: string,
  lang: Lang,
  sources: ReportSources,
  options: { tool?: ToolId; scope?: PdfScope; onProgress?: (progress: PdfProgress) => void } = {},
): Promise<File> {
  const progress = options.onProgress ?? (() => {});
  progress({ step: 'collecting' });
  const snapshot = await loadCaseSnapshot(caseId);
  if (!snapshot) throw new Error(`Case ${caseId} not found`);
  const { t } = makeLangApi(lang, undefined, caseKindOf(snapshot.case));
  const { scope, tool } = options;
  const tools = scope?.tools ?? (tool ? [tool] : TOOL_IDS);
  const closing = scope ? scope.advice : !tool;
  const sections = await collectSections(
    snapshot,
    lang,
    sources,
    tools,
    scope?.shared,
    closing,
    scope?.partsOnly,
  );
  const caseRecord = scope && !scope.caseNote ? { ...snapshot.case, note: '' } : snapshot.case;
  progress({ step: 'loading' });
  const { buildPdf } = await import('./build-pdf');
  const isoDate = todayIso();
  progress({ step: 'rendering', done: 0, total: sections.length });
  const bytes = await buildPdf({
    caseRecord,
    sections,
    coverLines: scope?.coverLines,
    lang,
    isoDate,
    toolTitle: options.tool ? t(toolMeta(options.tool).title) : undefined,
    onSection: (done, total) => progress({ step: 'rendering', done, total }),
  });
  progress({ step: 'finishing' });
  const stem = snapshot.case.organisation.trim() ? snapshot.case.organisation : t(exportUi.report.fileStem);
  const name = exportFileName('peerstart', stem, isoDate, 'pdf');
  return new File([bytes], name, { type: 'application/pdf' });
}
