/** The Hiring topics tool's section of the PDF and print report. */
import { hiringTopicsText, importanceScale } from '../../../content/hiring-topics';
import { toolMeta } from '../../../content/tools';
import type { Lang } from '../../../content/types';
import { makeLangApi } from '../../i18n';
import { type CaseSnapshot, caseKindOf } from '../../storage/cases';
import type { ReportBlock, ReportSection } from '../../tool-kit/report';
import {
  answeredRecruitment,
  HIRING_TOPICS_TOOL,
  normaliseHiringTopics,
  rankTopics,
  type TopicItem,
  unknownTopics,
} from './model';

/**
 * The prioritised topics as a table (agenda first), those marked "don't know", and the written answers
 * on recruitment and the interview; `null` when nothing is rated or written.
 */
export function hiringTopicsReport(snapshot: CaseSnapshot, lang: Lang): ReportSection | null {
  const kind = caseKindOf(snapshot.case);
  const { t } = makeLangApi(lang, undefined, kind);
  const doc = snapshot.toolDocs.find((d) => d.tool === HIRING_TOPICS_TOOL);
  const state = normaliseHiringTopics(doc?.data);
  const ranked = rankTopics(state, kind);
  const unknown = unknownTopics(state, kind);
  const recruitment = answeredRecruitment(state, kind);
  if (ranked.length === 0 && unknown.length === 0 && recruitment.length === 0) return null;
  const titleOf = (item: TopicItem) =>
    item.kind === 'content' ? t(item.topic.title) : item.ownText.trim() || t(hiringTopicsText.ownUntitled);
  const blocks: ReportBlock[] = [];
  const agenda = ranked.filter((r) => r.onAgenda);
  if (agenda.length > 0) {
    blocks.push({ kind: 'heading', text: t(hiringTopicsText.reportAgendaHeading) });
    blocks.push({ kind: 'list', items: agenda.map((r) => titleOf(r.item)) });
    // The list goes into the interview: say there, too, where it must stop.
    blocks.push({ kind: 'paragraph', text: t(hiringTopicsText.reportAgendaWarning) });
  }
  if (ranked.length > 0) {
    const columns = hiringTopicsText.reportColumns;
    blocks.push({
      kind: 'table',
      caption: t(hiringTopicsText.reportTableCaption),
      columns: [t(columns.rank), t(columns.topic), t(columns.importance), t(columns.note)],
      rows: ranked.map((r) => {
        const label = importanceScale.find((step) => step.value === r.rating)?.label;
        return [
          String(r.rank),
          titleOf(r.item),
          `${r.rating} – ${label ? t(label) : ''}`,
          (state.notes[r.item.id] ?? '').trim(),
        ];
      }),
    });
  }
  if (unknown.length > 0) {
    blocks.push({ kind: 'heading', text: t(hiringTopicsText.reportUnknownHeading) });
    blocks.push({ kind: 'list', items: unknown.map(titleOf) });
  }
  if (recruitment.length > 0) {
    blocks.push({ kind: 'heading', text: t(hiringTopicsText.recruitmentHeading) });
    for (const item of recruitment) {
      blocks.push({
        kind: 'answer',
        question: `${t(item.title)}: ${t(item.prompt)}`,
        answer: (state.recruitment[item.id] ?? '').trim(),
      });
    }
  }
  return { tool: HIRING_TOPICS_TOOL, title: t(toolMeta(HIRING_TOPICS_TOOL).title), blocks };
}
