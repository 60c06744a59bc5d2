import { phaseTitles, tools } from '../../../content/tools';
import { PHASES } from '../../../content/types';
import { overviewUi } from '../../../content/ui-overview';
import { useLang } from '../../i18n';
import { type CaseSnapshot, caseKindOf } from '../../storage/cases';
import { currentPhase } from '../../tool-kit/case-model';
import { features } from '../../tools/registry';
import { memo } from '../../ui/memo';
import { FollowUpCalendar } from './FollowUpCalendar';
import { ToolCard } from './ToolCard';

/**
 * What the journey shows depends on: the case, its kind, and each tool document and round as last
 * stored. Typing in the case's own fields (its note) changes none of them.
 */
function journeyKey(snapshot: CaseSnapshot): string {
  return [
    snapshot.case.id,
    caseKindOf(snapshot.case),
    ...snapshot.toolDocs.map((doc) => `${doc.tool}@${doc.updatedAt}`),
    ...snapshot.rounds.map((round) => `${round.id}@${round.updatedAt}`),
  ].join('|');
}

/**
 * The case's journey: its tools by phase with their progress, where the case is now, and follow-up.
 * A keystroke in the case's note does not render it again (issue 20: seven tools' progress per
 * keystroke was the autosave's cost on the overview).
 */
export const Journey = memo(
  function Journey({ snapshot }: { snapshot: CaseSnapshot }) {
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
  },
  (before, after) => journeyKey(before.snapshot) === journeyKey(after.snapshot),
);
