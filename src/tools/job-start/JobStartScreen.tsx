/** Job start: the checklist for the first months, with an owner, a date and a done mark per item. */
import { useState } from 'preact/hooks';
import { jobStartText } from '../../../content/job-start';
import { ui } from '../../../content/ui';
import { useLang } from '../../i18n';
import { ToolPage } from '../../tool-kit/ToolPage';
import type { ToolScreenProps } from '../../tool-kit/types';
import { useToolState } from '../../tool-kit/use-tool-state';
import { ChecklistGroup } from './ChecklistGroup';
import './job-start.css';
import {
  adviceShownAt,
  checklistItems,
  groupedItems,
  JOB_START_TOOL,
  jobStartProgress,
  normaliseJobStart,
  overdueItems,
  todayIso,
} from './model';
import { ResponsibleOptions } from './ResponsibleField';

export function JobStartScreen({ caseRecord }: ToolScreenProps) {
  const { t, kind } = useLang();
  const state = useToolState(caseRecord.id, JOB_START_TOOL, normaliseJobStart);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const intro = <p class="lead">{t(jobStartText.intro)}</p>;
  if (state === undefined) {
    return (
      <ToolPage tool={JOB_START_TOOL} caseRecord={caseRecord} intro={intro}>
        <p class="muted">{t(ui.common.loading)}</p>
      </ToolPage>
    );
  }
  const today = todayIso();
  const progress = jobStartProgress(state, kind);
  const overdue = overdueItems(state, today, kind);
  const adviceAt = adviceShownAt(checklistItems(state, kind));
  return (
    <ToolPage tool={JOB_START_TOOL} caseRecord={caseRecord} intro={intro}>
      <ResponsibleOptions />
      <div class="checklist-summary" role="status">
        <p class="checklist-count">
          <progress max={progress.total} value={progress.answered} aria-hidden="true" />
          <span>{t(jobStartText.doneCount)(progress.answered, progress.total)}</span>
        </p>
        {overdue.length > 0 && (
          <p class="checklist-overdue-note">{t(jobStartText.overdueSummary)(overdue.length)}</p>
        )}
      </div>
      {groupedItems(state, kind).map((group) => (
        <ChecklistGroup
          key={group.when}
          caseId={caseRecord.id}
          when={group.when}
          items={group.items}
          state={state}
          today={today}
          adviceAt={adviceAt}
          justAdded={justAdded}
          onAdded={setJustAdded}
        />
      ))}
    </ToolPage>
  );
}
