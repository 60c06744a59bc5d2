/** The Motivation tool's section of the PDF and print report. */
import { motivationText } from '../../../content/motivation';
import { toolMeta } from '../../../content/tools';
import type { Lang } from '../../../content/types';
import { makeLangApi } from '../../i18n';
import { type CaseSnapshot, caseKindOf } from '../../storage/cases';
import type { ReportBlock, ReportSection } from '../../tool-kit/report';
import { isAnswered, MOTIVATION_TOOL, motivationItems, normaliseMotivation } from './model';

/** Every question with its answer, and the one-sentence summary; `null` when nothing is written. */
export function motivationReport(snapshot: CaseSnapshot, lang: Lang): ReportSection | null {
  const kind = caseKindOf(snapshot.case);
  const { t } = makeLangApi(lang, undefined, kind);
  const doc = snapshot.toolDocs.find((d) => d.tool === MOTIVATION_TOOL);
  const state = normaliseMotivation(doc?.data);
  const items = motivationItems(state, kind);
  const hasAnswers = items.some((item) => isAnswered(state.answers[item.id]));
  if (!hasAnswers && !isAnswered(state.summary)) return null;
  const blocks: ReportBlock[] = [];
  if (isAnswered(state.summary)) {
    blocks.push({ kind: 'heading', text: t(motivationText.summaryHeading) });
    blocks.push({ kind: 'paragraph', text: state.summary.trim() });
  }
  for (const item of items) {
    const question = item.kind === 'content' ? t(item.question.question) : item.ownText.trim();
    const answer = state.answers[item.id] ?? '';
    blocks.push({
      kind: 'answer',
      question: question || t(motivationText.ownUntitled),
      answer: isAnswered(answer) ? answer.trim() : t(motivationText.notAnswered),
    });
  }
  return { tool: MOTIVATION_TOOL, title: t(toolMeta(MOTIVATION_TOOL).title), blocks };
}
