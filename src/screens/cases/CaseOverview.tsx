import { caseKindUi } from '../../../content/case-kinds';
import { ui } from '../../../content/ui';
import { caseFormUi } from '../../../content/ui-case-form';
import { overviewUi } from '../../../content/ui-overview';
import { tabletUi } from '../../../content/ui-tablet';
import { CaseKindProvider, useLang } from '../../i18n';
import { useRoute } from '../../router/router';
import { caseKindOf, useCaseSnapshot } from '../../storage/cases';
import { caseDisplayName } from '../../tool-kit/case-model';
import { ToolsContext } from '../../tool-kit/tools-context';
import { features } from '../../tools/registry';
import { CaseExport } from '../export/CaseExport';
import { HandoverCard } from '../workshop/HandoverCard';
import { AdviceSummary } from './AdviceSummary';
import { CaseDetails } from './CaseDetails';
import { Journey } from './Journey';

/** One case: its details and its tools along the journey, each with its progress. */
export function CaseOverview() {
  const { params, query } = useRoute();
  const { t } = useLang();
  const caseId = params.caseId ?? '';
  const snapshot = useCaseSnapshot(caseId);

  if (snapshot === undefined) return <p class="muted">{t(ui.common.loading)}</p>;
  if (snapshot === null) {
    return (
      <section>
        <h1>{t(overviewUi.notFound)}</h1>
        <a class="btn" href="/">
          {t(overviewUi.back)}
        </a>
      </section>
    );
  }
  const record = snapshot.case;
  const isNew = query.new === '1';
  const kind = caseKindOf(record);
  return (
    <CaseKindProvider kind={kind}>
      <section class="case-overview" aria-labelledby="case-title">
        <a class="back-link" href="/">
          ← {t(overviewUi.back)}
        </a>
        <h1 id="case-title" dir="auto">
          {caseDisplayName(record, t(ui.caseList.untitled))}
        </h1>
        <p class="case-kind-line muted">{t(caseKindUi.short[kind])}</p>
        <details class="disclosure card case-details-card" open={isNew || undefined}>
          <summary>
            <span>{t(caseFormUi.heading)}</span>
            <span class="summary-action">{t(tabletUi.caseDetails.edit)}</span>
          </summary>
          <CaseDetails record={record} autoFocus={isNew} />
        </details>
        <h2>{t(overviewUi.tools)}</h2>
        <p class="muted">{t(overviewUi.suggestedOrder)}</p>
        <Journey snapshot={snapshot} />
        <AdviceSummary />
        <HandoverCard caseId={record.id} />
        <ToolsContext.Provider value={features}>
          <CaseExport caseRecord={record} />
        </ToolsContext.Provider>
      </section>
    </CaseKindProvider>
  );
}
