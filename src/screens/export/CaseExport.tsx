import { exportUi } from '../../../content/export';
import { useLang } from '../../i18n';
import type { CaseRecord } from '../../storage/db';
import { BackupExportButton } from './BackupExportButton';
import { PdfExport } from './PdfExport';
import './export.css';

/** On the case overview: the whole case as a PDF, and a backup file of this case. */
export function CaseExport({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useLang();
  return (
    <section class="case-export card stack no-print" aria-labelledby="case-export-title">
      <h2 id="case-export-title">{t(exportUi.caseCard.heading)}</h2>
      <p class="muted">{t(exportUi.caseCard.intro)}</p>
      <PdfExport caseId={caseRecord.id} />
      <BackupExportButton caseId={caseRecord.id} caseName={caseRecord.organisation} />
    </section>
  );
}
