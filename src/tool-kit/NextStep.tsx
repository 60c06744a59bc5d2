import { useMemo } from 'preact/hooks';
import { tools } from '../../content/tools';
import type { ToolId } from '../../content/types';
import { tabletUi } from '../../content/ui-tablet';
import { useLang } from '../i18n';
import { type CaseSnapshot, caseKindOf, useCaseSnapshot } from '../storage/cases';
import { memo } from '../ui/memo';
import { nextTool } from './case-model';
import { useTools } from './tools-context';

/** What the tools' progress depends on: the case's kind and each document and round as stored. */
function progressKey(snapshot: CaseSnapshot): string {
  return [
    caseKindOf(snapshot.case),
    ...snapshot.toolDocs.map((doc) => `${doc.tool}@${doc.updatedAt}`),
    ...snapshot.rounds.map((round) => `${round.id}@${round.updatedAt}`),
  ].join('|');
}

/**
 * The end of every tool: "Videre til …" the next tool in the journey that is not done, or the
 * overview. It follows what is saved, not each tap: working out seven tools' progress is not work
 * for the frame a tap must paint in (issue 20), and it sits at the end of the page.
 */
export const NextStep = memo(function NextStep({ caseId, tool }: { caseId: string; tool: ToolId }) {
  const { t } = useLang();
  const features = useTools();
  const snapshot = useCaseSnapshot(caseId, { pending: false });
  // Worked out again only when a tool's work or the case's kind changed, not when a tap's commit
  // touched the case's `updatedAt` (the case and the work arrive as two results).
  const key = snapshot ? progressKey(snapshot) : '';
  const next = useMemo(() => {
    if (!snapshot) return undefined;
    const progress = Object.fromEntries(tools.map((meta) => [meta.id, features[meta.id].progress(snapshot)]));
    return nextTool(tools, progress, tool);
  }, [key, features, tool]);
  if (!snapshot) return null;
  const overview = `/cases/${caseId}`;
  return (
    <nav class="card next-step" aria-label={t(tabletUi.nextStep.label)}>
      {next ? (
        <>
          <p class="next-step-text">{t(tabletUi.nextStep.nextIs)(t(next.summary))}</p>
          <div class="next-step-actions">
            <a class="btn btn-primary next-step-link" href={`/cases/${caseId}/${next.id}`}>
              {t(tabletUi.nextStep.toTool)(t(next.title))} →
            </a>
            <a class="btn btn-quiet" href={overview}>
              {t(tabletUi.nextStep.overview)}
            </a>
          </div>
        </>
      ) : (
        <>
          <p class="next-step-text">{t(tabletUi.nextStep.allDone)}</p>
          <div class="next-step-actions">
            <a class="btn btn-primary next-step-link" href={overview}>
              {t(tabletUi.nextStep.toOverview)} →
            </a>
          </div>
        </>
      )}
    </nav>
  );
});
