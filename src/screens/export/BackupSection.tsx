import { exportUi } from '../../../content/export';
import { useLang } from '../../i18n';
import { useBackupStatus } from '../../storage/case-bundles';
import { BackupExportButton } from './BackupExportButton';
import { BackupImport } from './BackupImport';
import { BackupStatusText } from './BackupStatus';
import './export.css';

/** Settings: when the last backup was made, saving one of all cases, and importing one. */
export function BackupSection() {
  const { t } = useLang();
  const status = useBackupStatus();
  return (
    <section id="backup" class="card stack backup-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t(exportUi.backup.heading)}</h2>
      <p>{t(exportUi.backup.intro)}</p>
      {status && (
        <p class={status.changedSince > 0 && status.caseCount > 0 ? 'backup-due' : 'muted'}>
          <BackupStatusText status={status} />
        </p>
      )}
      {status && status.caseCount > 0 && <BackupExportButton />}
      <BackupImport />
    </section>
  );
}
