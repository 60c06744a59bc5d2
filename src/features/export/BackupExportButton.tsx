import { useState } from 'preact/hooks';
import { exportUi } from '../../../content/export';
import { ui } from '../../../content/ui';
import { backupErrorMessage } from '../../export/backup-messages';
import { exportFileName, localIsoDate } from '../../export/pdf/text';
import { canShareFile, downloadFile } from '../../export/share';
import { useLang } from '../../i18n';
import { exportCases, setLastBackupAt } from '../../storage/backup';
import { showToast } from '../../ui/toast-store';
import { caseDisplayName } from '../cases/model';
import { FileReady } from './FileReady';
import './export.css';

/**
 * Saves a backup file of one case (`caseId`) or of all cases. Where the device shares files, the
 * file is offered with "Del" / "Hent" (a second tap keeps the share inside a user gesture);
 * elsewhere it downloads at once. A backup of all cases is remembered as the last backup.
 */
export function BackupExportButton({ caseId, caseName }: { caseId?: string; caseName?: string }) {
  const { t, lang } = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const b = exportUi.backup;

  const delivered = () => {
    if (!caseId) void setLastBackupAt();
    if (file) showToast({ message: t(b.exported)(file.name) });
  };

  const make = async () => {
    setProblem(null);
    try {
      const backup = await exportCases(caseId ? [caseId] : undefined);
      // The file is only handed out once it reads back exactly as an import would read it.
      const { writeBackupText } = await import('../../export/backup-file');
      const written = writeBackupText(backup);
      if (!written.ok) {
        const { caseIndex } = written.error;
        const at = caseIndex === null ? undefined : backup.cases[caseIndex]?.case;
        const name = at ? caseDisplayName(at, t(ui.caseList.untitled)) : undefined;
        setProblem(backupErrorMessage(written.error, lang, name));
        return;
      }
      const stem = caseId ? caseName || t(exportUi.report.fileStem) : t(b.allStem);
      const name = exportFileName(t(b.fileStem), stem, localIsoDate(), 'json');
      const made = new File([written.text], name, { type: 'application/json' });
      if (canShareFile(made)) {
        setFile(made);
        return;
      }
      // Remember the backup first: the page may be left right after the download starts.
      if (!caseId) await setLastBackupAt();
      downloadFile(made, name);
      showToast({ message: t(b.exported)(name) });
    } catch (error) {
      console.error('Backup failed', error);
      showToast({ message: t(b.exportFailed) });
    }
  };

  if (file) {
    return (
      <div class="export-actions no-print">
        <span role="status">{file.name}</span>
        <FileReady file={file} onDelivered={delivered} />
      </div>
    );
  }
  return (
    <>
      <button type="button" class="btn no-print" onClick={() => void make()}>
        {t(caseId ? b.exportCase : b.exportAll)}
      </button>
      {problem && (
        <p role="alert" class="banner banner-danger export-error-message no-print">
          {problem}
        </p>
      )}
    </>
  );
}
