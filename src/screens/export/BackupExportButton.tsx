import { useRef, useState } from 'preact/hooks';
import { backupPassphraseUi } from '../../../content/backup-passphrase';
import { exportUi } from '../../../content/export';
import { ui } from '../../../content/ui';
import { audienceUi } from '../../../content/ui-consent';
import { exportCases } from '../../backup/backup-io';
import { backupErrorMessage } from '../../backup/backup-messages';
import { canShareFile, downloadFile } from '../../files/share';
import { useLang } from '../../i18n';
import { usePasscodeGate } from '../../lock/PasscodeGate';
import { exportFileName } from '../../pdf/text';
import { setLastBackupAt } from '../../storage/case-bundles';
import { caseDisplayName } from '../../tool-kit/case-model';
import { todayIso } from '../../tool-kit/normalise';
import { showToast } from '../../ui/toast-store';
import { FileReady } from './FileReady';
import { focusIssue, PassphraseFields, type PassphraseIssue, passphraseIssue } from './PassphraseFields';
import { holdsPrivateWords, PrivateWordsProbe, usePassphraseChoice } from './use-private-words';
import './export.css';

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
  // A backup carries everything, the peer worker's own words too: then it is protected from the
  // start (until someone unticks it), and the form says why.
  const { choice, set: setChoice, choose, chosen, privateWords, setPrivateWords } = usePassphraseChoice();
  const [issue, setIssue] = useState<PassphraseIssue | null>(null);
  const [busy, setBusy] = useState(false);
  // A backup of every case finds out when it is made: the first press then stops and asks.
  const [privateFound, setPrivateFound] = useState(false);
  const fields = { first: useRef<HTMLInputElement>(null), second: useRef<HTMLInputElement>(null) };
  const { protect, passphrase } = choice;
  const b = exportUi.backup;
  const p = backupPassphraseUi;
  // With the lock on, every backup asks for the passcode, also one protected by a passphrase: the
  // passphrase is chosen by whoever holds the tablet.
  const { guard, prompt } = usePasscodeGate('export');

  const madeToast = (name: string, isProtected: boolean) =>
    showToast({ message: isProtected ? t(p.exported)(name) : t(b.exported)(name) });

  const delivered = () => {
    if (!caseId) void setLastBackupAt();
    if (file) madeToast(file.file.name, file.protected);
  };

  const ask = () => {
    setProblem(null);
    const found = passphraseIssue(choice);
    setIssue(found);
    if (found) {
      focusIssue(found, fields);
      return;
    }
    guard(() => void make());
  };

  const make = async () => {
    setBusy(true);
    try {
      const backup = await exportCases(caseId ? [caseId] : undefined);
      if (!protect && !chosen() && !privateFound && backup.cases.some(holdsPrivateWords)) {
        // The peer worker's own words would leave unprotected: tick it, say why, and let them choose.
        setPrivateFound(true);
        setChoice((c) => ({ ...c, protect: true }));
        return;
      }
      // The file is only handed out once it reads back exactly as an import would read it (an
      // encrypted one: decrypted with the same passphrase).
      const { writeBackupText, writeEncryptedBackupText } = await import('../../backup/backup-file');
      const written = protect ? await writeEncryptedBackupText(backup, passphrase) : writeBackupText(backup);
      if (!written.ok) {
        const { caseIndex } = written.error;
        const at = caseIndex === null ? undefined : backup.cases[caseIndex]?.case;
        const name = at ? caseDisplayName(at, t(ui.caseList.untitled)) : undefined;
        setProblem(backupErrorMessage(written.error, lang, name));
        return;
      }
      setChoice({ protect, passphrase: '', repeated: '' });
      const stem = caseId ? caseName || t(exportUi.report.fileStem) : t(b.allStem);
      const name = exportFileName(t(b.fileStem), stem, todayIso(), 'json');
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
  return (
    <div class="backup-export stack no-print">
      {caseId && <PrivateWordsProbe caseId={caseId} onFound={setPrivateWords} />}
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy && !prompt) ask();
        }}
      >
        {(privateWords || privateFound) && (
          <p class="backup-private-why" role={privateFound ? 'alert' : undefined}>
            {t(audienceUi.backupWhy)}
          </p>
        )}
        <PassphraseFields
          choice={choice}
          onChange={(next) => {
            choose(next);
            if (next.protect !== protect) setIssue(null);
          }}
          issue={issue}
          fields={fields}
        />
        <div class="export-actions" hidden={prompt !== null}>
          <button type="submit" class="btn" disabled={busy}>
            {t(caseId ? b.exportCase : b.exportAll)}
          </button>
          <span role="status" class="muted">
            {busy && protect ? t(p.encrypting) : ''}
          </span>
        </div>
      </form>
      {/* Outside the form above: a form inside a form is not allowed. */}
      {prompt}
      {problem && (
        <p role="alert" class="banner banner-danger export-error-message">
          {problem}
        </p>
      )}
    </div>
  );
}
