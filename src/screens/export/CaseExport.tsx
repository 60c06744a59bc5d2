import { exportUi } from '../../../content/export';
import { useLang } from '../../i18n';
import { memo } from '../../ui/memo';
import { BackupExportButton } from './BackupExportButton';
import { PdfExport } from './PdfExport';
import './export.css';

/**
 * On the case overview: the whole case as a PDF, and a backup file of this case. Memoised: a commit
 * of the case's note does not render the export card again.
 */
export const CaseExport = memo(function CaseExport({
  caseId,
  caseName,
}: {
  caseId: string;
  caseName: string;
}) {
  const { t } = useLang();
  return (
    <section class="case-export card stack no-print" aria-labelledby="case-export-title">
      <h2 id="case-export-title">{t(exportUi.caseCard.heading)}</h2>
      <p class="muted">{t(exportUi.caseCard.intro)}</p>
      <PdfExport caseId={caseId} />
      <BackupExportButton caseId={caseId} caseName={caseName} />
    </section>
  );
});
