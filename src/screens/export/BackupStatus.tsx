import { exportUi } from '../../../content/export';
import { useLang } from '../../i18n';
import type { BackupStatus as Status } from '../../storage/case-bundles';

/** "Seneste sikkerhedskopi: …" and whether cases changed since then. */
export function BackupStatusText({ status }: { status: Status }) {
  const { t, formatDateTime } = useLang();
  const b = exportUi.backup;
  if (status.lastBackupAt === null) return <span data-testid="backup-status">{t(b.never)}</span>;
  return (
    <span data-testid="backup-status">
      {t(b.lastAt)(formatDateTime(status.lastBackupAt))}{' '}
      {status.changedSince > 0 ? t(b.changedSince)(status.changedSince) : t(b.upToDate)}
    </span>
  );
}
