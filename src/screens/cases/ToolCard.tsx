import type { ToolMeta } from '../../../content/tools';
import { overviewUi } from '../../../content/ui-overview';
import { useLang } from '../../i18n';
import type { ToolProgress } from '../../tool-kit/types';

type State = 'not-started' | 'in-progress' | 'done';

/** Whether a tool is untouched, under way or complete, from its progress. */
export function progressState(progress: ToolProgress): State {
  if (progress.total > 0 && progress.answered >= progress.total) return 'done';
  if (progress.answered > 0 || progress.updatedAt !== null) return 'in-progress';
  return 'not-started';
}

const stateText = {
  'not-started': overviewUi.notStarted,
  'in-progress': overviewUi.inProgress,
  done: overviewUi.done,
} as const;

/** A tool on the case overview: title, what it is for, and how far the case has come with it. */
export function ToolCard({
  caseId,
  meta,
  progress,
}: {
  caseId: string;
  meta: ToolMeta;
  progress: ToolProgress;
}) {
  const { t, formatDateTime } = useLang();
  const state = progressState(progress);
  return (
    <a class={`tool-card card tool-card-${state}`} href={`/cases/${caseId}/${meta.id}`}>
      <span class="tool-card-title">{t(meta.title)}</span>
      <span class="tool-card-summary">{t(meta.summary)}</span>
      <span class="tool-card-status">
        <span class={`status-pill status-${state}`}>{t(stateText[state])}</span>
        {progress.total > 0 && (
          <span class="tool-card-count">{t(overviewUi.progress)(progress.answered, progress.total)}</span>
        )}
        {progress.updatedAt !== null && (
          <span class="muted">{t(overviewUi.lastChanged)(formatDateTime(progress.updatedAt))}</span>
        )}
      </span>
    </a>
  );
}
