import { useId, useRef, useState } from 'preact/hooks';
import { backupPassphraseUi } from '../../../content/backup-passphrase';
import { exportUi } from '../../../content/export';
import { ui } from '../../../content/ui';
import { backupErrorMessage } from '../../export/backup-messages';
import { BACKUP_PASSPHRASE_MIN } from '../../export/backup-types';
import { exportFileName, localIsoDate } from '../../export/pdf/text';
import { canShareFile, downloadFile } from '../../export/share';
import { useLang } from '../../i18n';
import { exportCases, setLastBackupAt } from '../../storage/backup';
import { isLockOn } from '../../storage/lock/lock-flag';
import { showToast } from '../../ui/toast-store';
import { caseDisplayName } from '../cases/model';
import { FileReady } from './FileReady';
import './export.css';

type PassphraseIssue = 'short' | 'mismatch';

/** Why the typed passphrase cannot be used yet, or null. */
export function passphraseIssue(passphrase: string, repeated: string): PassphraseIssue | null {
  if ([...passphrase].length < BACKUP_PASSPHRASE_MIN) return 'short';
  return passphrase === repeated ? null : 'mismatch';
}

/**
 * Saves a backup file of one case (`caseId`) or of all cases, optionally protected with a
 * passphrase (ticked from the start when the device lock is on). Where the device shares files,
 * the file is offered with "Del" / "Hent" (a second tap keeps the share inside a user gesture);
 * elsewhere it downloads at once. A backup of all cases is remembered as the last backup. The
 * passphrase lives in this component's state only, and is forgotten once the file is made.
 */
export function BackupExportButton({ caseId, caseName }: { caseId?: string; caseName?: string }) {
  const { t, lang } = useLang();
  const [file, setFile] = useState<{ file: File; protected: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [protect, setProtect] = useState(isLockOn);
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [issue, setIssue] = useState<PassphraseIssue | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const secondField = useRef<HTMLInputElement>(null);
  const id = useId();
  const b = exportUi.backup;
  const p = backupPassphraseUi;

  const madeToast = (name: string, isProtected: boolean) =>
    showToast({ message: isProtected ? t(p.exported)(name) : t(b.exported)(name) });

  const delivered = () => {
    if (!caseId) void setLastBackupAt();
    if (file) madeToast(file.file.name, file.protected);
  };

  const make = async () => {
    setProblem(null);
    const found = protect ? passphraseIssue(passphrase, repeated) : null;
    setIssue(found);
    if (found) {
      (found === 'short' ? firstField : secondField).current?.focus();
      return;
    }
    setBusy(true);
    try {
      const backup = await exportCases(caseId ? [caseId] : undefined);
      // The file is only handed out once it reads back exactly as an import would read it (an
      // encrypted one: decrypted with the same passphrase).
      const { writeBackupText, writeEncryptedBackupText } = await import('../../export/backup-file');
      const written = protect ? await writeEncryptedBackupText(backup, passphrase) : writeBackupText(backup);
      if (!written.ok) {
        const { caseIndex } = written.error;
        const at = caseIndex === null ? undefined : backup.cases[caseIndex]?.case;
        const name = at ? caseDisplayName(at, t(ui.caseList.untitled)) : undefined;
        setProblem(backupErrorMessage(written.error, lang, name));
        return;
      }
      setPassphrase('');
      setRepeated('');
      const stem = caseId ? caseName || t(exportUi.report.fileStem) : t(b.allStem);
      const name = exportFileName(t(b.fileStem), stem, localIsoDate(), 'json');
      const made = new File([written.text], name, { type: 'application/json' });
      if (canShareFile(made)) {
        setFile({ file: made, protected: protect });
        return;
      }
      // Remember the backup first: the page may be left right after the download starts.
      if (!caseId) await setLastBackupAt();
      downloadFile(made, name);
      madeToast(name, protect);
    } catch (error) {
      console.error('Backup failed', error);
      showToast({ message: t(b.exportFailed) });
    } finally {
      setBusy(false);
    }
  };

  if (file) {
    return (
      <div class="export-actions no-print">
        <span role="status">{file.file.name}</span>
        <FileReady file={file.file} onDelivered={delivered} />
      </div>
    );
  }
  const errorId = `${id}-error`;
  const describedBy = (hintId: string, shows: boolean) => (shows ? `${hintId} ${errorId}` : hintId);
  return (
    <form
      class="backup-export stack no-print"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void make();
      }}
    >
      <label class="backup-protect">
        <input
          type="checkbox"
          checked={protect}
          aria-describedby={`${id}-protect-hint`}
          onChange={(event) => {
            setProtect(event.currentTarget.checked);
            setIssue(null);
          }}
        />
        <span>{t(p.protect)}</span>
      </label>
      <p class="muted backup-protect-hint" id={`${id}-protect-hint`}>
        {t(p.protectHint)}
      </p>
      {protect && (
        <div class="backup-passphrase">
          <p class="field-note" id={`${id}-forgotten`}>
            {t(p.forgotten)}
          </p>
          <div class="field">
            <label class="field-label" for={`${id}-pass`}>
              {t(p.passphrase)}
            </label>
            <span class="field-hint" id={`${id}-pass-hint`}>
              {t(p.passphraseHint)(BACKUP_PASSPHRASE_MIN)}
            </span>
            <input
              ref={firstField}
              id={`${id}-pass`}
              class="field-input"
              type="password"
              autocomplete="new-password"
              spellcheck={false}
              value={passphrase}
              aria-invalid={issue === 'short' || undefined}
              aria-describedby={describedBy(`${id}-pass-hint ${id}-forgotten`, issue === 'short')}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label class="field-label" for={`${id}-repeat`}>
              {t(p.repeat)}
            </label>
            <input
              ref={secondField}
              id={`${id}-repeat`}
              class="field-input"
              type="password"
              autocomplete="new-password"
              spellcheck={false}
              value={repeated}
              aria-invalid={issue === 'mismatch' || undefined}
              aria-describedby={issue === 'mismatch' ? errorId : undefined}
              onInput={(event) => setRepeated(event.currentTarget.value)}
            />
          </div>
          {issue && (
            <p role="alert" id={errorId} class="banner banner-danger export-error-message">
              {issue === 'short' ? t(p.tooShort)(BACKUP_PASSPHRASE_MIN) : t(p.mismatch)}
            </p>
          )}
        </div>
      )}
      <div class="export-actions">
        <button type="submit" class="btn" disabled={busy}>
          {t(caseId ? b.exportCase : b.exportAll)}
        </button>
        <span role="status" class="muted">
          {busy && protect ? t(p.encrypting) : ''}
        </span>
      </div>
      {problem && (
        <p role="alert" class="banner banner-danger export-error-message">
          {problem}
        </p>
      )}
    </form>
  );
}
