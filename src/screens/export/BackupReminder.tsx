import { exportUi } from '../../../content/export';
import { useLang } from '../../i18n';
import { useBackupStatus } from '../../storage/case-bundles';
import { BackupExportButton } from './BackupExportButton';
import { BackupStatusText } from './BackupStatus';
import './export.css';

/**
 * On the case list: a gentle reminder when cases changed since the last backup (or none was made),
 * with the button that saves one; a quiet status line when everything is backed up.
 */
export function BackupReminder() {
  const { t } = useLang();
  const status = useBackupStatus();
  if (!status || status.caseCount === 0) return null;
  const due = status.changedSince > 0;
  return (
    <aside
      class={`backup-reminder no-print${due ? ' backup-reminder-due' : ''}`}
      aria-label={t(exportUi.backup.heading)}
    >
      <p>
        {due && <strong>{t(exportUi.backup.reminder)} </strong>}
        <BackupStatusText status={status} />
      </p>
      <div class="backup-reminder-actions">
        <BackupExportButton />
        <a class="btn btn-quiet" href="/settings#backup">
          {t(exportUi.backup.goToImport)}
        </a>
      </div>
    </aside>
  );
}
