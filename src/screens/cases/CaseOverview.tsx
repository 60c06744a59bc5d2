import { caseKindUi } from '../../../content/case-kinds';
import { ui } from '../../../content/ui';
import { caseFormUi } from '../../../content/ui-case-form';
import { overviewUi } from '../../../content/ui-overview';
import { tabletUi } from '../../../content/ui-tablet';
import { CaseKindProvider, useLang } from '../../i18n';
import { useRoute } from '../../router/router';
import { caseKindOf, useCase, useCaseSnapshot } from '../../storage/cases';
import type { CaseRecord } from '../../storage/db';
import { caseDisplayName } from '../../tool-kit/case-model';
import { ToolsContext } from '../../tool-kit/tools-context';
import { features } from '../../tools/registry';
import { memo } from '../../ui/memo';
import { CaseExport } from '../export/CaseExport';
import { HandoverCard } from '../workshop/HandoverCard';
import { AdviceSummary } from './AdviceSummary';
import { CaseDetails } from './CaseDetails';
import { Journey } from './Journey';

/**
 * One case: its details and its tools along the journey, each with its progress.
 * The overview follows what is committed; only the title and the details card follow each keystroke
 * (their own `useCase`), so typing in the note renders those two, not the journey, the advice and
 * the export card (issue 20: autosave's keystroke → commit waited for that render).
 */
export function CaseOverview() {
  const { params, query } = useRoute();
  const { t } = useLang();
  const caseId = params.caseId ?? '';
  const snapshot = useCaseSnapshot(caseId, { pending: false });

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
        <CaseHeading caseId={caseId} committed={record} />
        <CaseDetailsCard caseId={caseId} committed={record} isNew={isNew} />
        <h2>{t(overviewUi.tools)}</h2>
        <p class="muted">{t(overviewUi.suggestedOrder)}</p>
        <Journey snapshot={snapshot} />
        <AdviceSummary />
        <HandoverCard caseId={record.id} />
        <ToolsContext.Provider value={features}>
          <CaseExport caseId={record.id} caseName={record.organisation} />
        </ToolsContext.Provider>
      </section>
    </CaseKindProvider>
  );
}

/**
 * These two follow the case through their own `useCase`; `committed` only stands in until its first
 * result, so the overview's commits do not render them again.
 */
const sameCase = (before: { caseId: string; committed: CaseRecord }, after: typeof before) =>
  before.caseId === after.caseId;

/** The case's name and kind, as typed (this tab's pending edits included). */
const CaseHeading = memo(function CaseHeading({
  caseId,
  committed,
}: {
  caseId: string;
  committed: CaseRecord;
}) {
  const { t } = useLang();
  const record = useCase(caseId) ?? committed;
  return (
    <>
      <h1 id="case-title" dir="auto">
        {caseDisplayName(record, t(ui.caseList.untitled))}
      </h1>
      <p class="case-kind-line muted">{t(caseKindUi.short[caseKindOf(record)])}</p>
    </>
  );
}, sameCase);

/** The case's own facts, folded away unless the case is new. */
const CaseDetailsCard = memo(
  function CaseDetailsCard({
    caseId,
    committed,
    isNew,
  }: {
    caseId: string;
    committed: CaseRecord;
    isNew: boolean;
  }) {
    const { t } = useLang();
    const record = useCase(caseId) ?? committed;
    return (
      <details class="disclosure card case-details-card" open={isNew || undefined}>
        <summary>
          <span>{t(caseFormUi.heading)}</span>
          <span class="summary-action">{t(tabletUi.caseDetails.edit)}</span>
        </summary>
        <CaseDetails record={record} autoFocus={isNew} />
      </details>
    );
  },
  (before, after) => before.isNew === after.isNew && sameCase(before, after),
);
