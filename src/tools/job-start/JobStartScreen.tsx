/** Job start: the checklist for the first months, with an owner, a date and a done mark per item. */

import { useState } from 'preact/hooks';
import { jobStartText } from '../../../content/job-start';
import { useLang } from '../../i18n';
import { todayIso } from '../../tool-kit/normalise';
import { ToolPage } from '../../tool-kit/ToolPage';
import type { ToolScreenProps } from '../../tool-kit/types';
import { useTool } from '../../tool-kit/use-tool-state';
import { ChecklistGroup } from './ChecklistGroup';
import './job-start.css';
import {
  adviceShownAt,
  checklistItems,
  groupedItems,
  JOB_START_TOOL,
  jobStartData,
  jobStartProgress,
  overdueItems,
} from './model';
import { ResponsibleOptions } from './ResponsibleField';

export function JobStartScreen({ caseRecord }: ToolScreenProps) {
  const { t, kind } = useLang();
  const state = useTool(caseRecord.id, jobStartData);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const intro = <p class="lead">{t(jobStartText.intro)}</p>;
  if (state === undefined) {
    return <ToolPage tool={JOB_START_TOOL} caseRecord={caseRecord} intro={intro} loading />;
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
