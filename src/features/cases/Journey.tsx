import { phaseTitles, tools } from '../../../content/tools';
import { PHASES } from '../../../content/types';
import { overviewUi } from '../../../content/ui-overview';
import { useLang } from '../../i18n';
import type { CaseSnapshot } from '../../storage/cases';
import { features } from '../registry';
import { FollowUpCalendar } from './FollowUpCalendar';
import { currentPhase } from './model';
import { ToolCard } from './ToolCard';

/** The case's journey: its tools by phase with their progress, where the case is now, and follow-up. */
export function Journey({ snapshot }: { snapshot: CaseSnapshot }) {
  const { t } = useLang();
  const caseId = snapshot.case.id;
  const progress = Object.fromEntries(tools.map((meta) => [meta.id, features[meta.id].progress(snapshot)]));
  const here = currentPhase(tools, progress);
  return (
    <ol class="journey">
      {PHASES.map((phase) => {
        const phaseTools = tools.filter((tool) => tool.phase === phase);
        return (
          <li key={phase} class="journey-phase" aria-current={phase === here ? 'step' : undefined}>
            <h3>
              {t(phaseTitles[phase])}
              {phase === here && <span class="status-pill journey-here">{t(overviewUi.youAreHere)}</span>}
            </h3>
            {phase === 'followup' ? (
              <div class="card journey-followup">
                <p>{t(overviewUi.followUpText)}</p>
                <a class="btn" href={`/cases/${caseId}/role-star?focus=rs-new-heading`}>
                  {t(overviewUi.followUpStar)}
                </a>{' '}
                <a class="btn" href={`/cases/${caseId}/readiness`}>
                  {t(overviewUi.followUpReadiness)}
                </a>
                <FollowUpCalendar caseId={caseId} />
              </div>
            ) : (
              <ul class="tool-cards">
                {phaseTools.map((meta) => (
                  <li key={meta.id}>
                    <ToolCard
                      caseId={caseId}
                      meta={meta}
                      progress={progress[meta.id] ?? { answered: 0, total: 0, updatedAt: null }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
