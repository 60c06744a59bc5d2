/** The Job start checklist's section of the PDF and print report. */
import { jobStartText, jobStartWhenTitles } from '../../../content/job-start';
import { toolMeta } from '../../../content/tools';
import type { Lang } from '../../../content/types';
import { makeLangApi } from '../../i18n';
import { type CaseSnapshot, caseKindOf } from '../../storage/cases';
import type { ReportBlock, ReportSection } from '../../tool-kit/report';
import { entryOf, groupedItems, JOB_START_TOOL, jobStartProgress, normaliseJobStart } from './model';

/** The checklist by time group, with responsible, due date and note in each item's detail; `null` when untouched. */
export function jobStartReport(snapshot: CaseSnapshot, lang: Lang): ReportSection | null {
  const kind = caseKindOf(snapshot.case);
  const { t, formatDate } = makeLangApi(lang, undefined, kind);
  const doc = snapshot.toolDocs.find((d) => d.tool === JOB_START_TOOL);
  const state = normaliseJobStart(doc?.data);
  const touched = Object.values(state.entries).some(
    (e) => e.done || e.due !== '' || e.responsible.trim() !== '' || e.note.trim() !== '',
  );
  if (!touched && state.own.length === 0) return null;
  const progress = jobStartProgress(state, kind);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t(jobStartText.doneCount)(progress.answered, progress.total) },
  ];
  for (const group of groupedItems(state, kind)) {
    if (group.items.length === 0) continue;
    blocks.push({ kind: 'heading', text: t(jobStartWhenTitles[group.when]) });
    blocks.push({
      kind: 'checklist',
      items: group.items.map((item) => {
        const entry = entryOf(state, item.id);
        const text =
          item.kind === 'content' ? t(item.item.title) : item.ownText.trim() || t(jobStartText.ownUntitled);
        const detail = [
          entry.responsible.trim() && t(jobStartText.reportResponsible)(entry.responsible.trim()),
          entry.due && t(jobStartText.reportDue)(formatDate(entry.due)),
          entry.note.trim() && t(jobStartText.reportNote)(entry.note.trim()),
        ]
          .filter(Boolean)
          .join(' · ');
        return detail ? { text, done: entry.done, detail } : { text, done: entry.done };
      }),
    });
  }
  return { tool: JOB_START_TOOL, title: t(toolMeta(JOB_START_TOOL).title), blocks };
}
