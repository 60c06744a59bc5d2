import { useState } from 'preact/hooks';
import { exportUi } from '../../../content/export';
import { backupErrorMessage } from '../../backup/backup-messages';
import type { BackupFile } from '../../backup/backup-types';
import type { ImportState } from '../../backup/import-model';
import { useLang } from '../../i18n';
import { findExistingCaseIds, importCases } from '../../storage/case-bundles';
import { saveErrorKind } from '../../storage/writes';
import { showToast } from '../../ui/toast-store';
import { BackupUnlock } from './BackupUnlock';
import { ImportPreview } from './ImportPreview';
import './export.css';
import { expectSystemSheet } from '../../storage/lock/lock-flag';

/**
 * Import: choose a file → it is checked (lazy-loaded validation; an encrypted file first asks for
 * its passphrase and is decrypted) → the user sees its cases, and
 * chooses keep-both or replace for any that exist → "Importér" writes all in one transaction.
 * Cancelling, or any error, writes nothing.
 */
export function BackupImport() {
  const { t, lang } = useLang();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const i = exportUi.importing;

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ kind: 'reading' });
    try {
      const { openBackupFile } = await import('../../backup/backup-file');
      const result = await openBackupFile(file);
      if (result.ok === 'locked') {
        setState({
          kind: 'locked',
          fileName: file.name,
          envelope: result.envelope,
          unlocking: false,
          error: null,
        });
        return;
      }
      if (!result.ok) {
        setState({ kind: 'error', message: backupErrorMessage(result.error, lang) });
        return;
      }
      await showPreview(file.name, result.backup);
    } catch (error) {
      // Whatever went wrong, the file button comes back with a message (never a stuck "Læser …").
      console.error('Reading the backup failed', error);
      setState({ kind: 'error', message: backupErrorMessage({ code: 'read-failed' }, lang) });
    }
  };

  const showPreview = async (fileName: string, backup: BackupFile) => {
    const existing = await findExistingCaseIds(backup);
    setState({ kind: 'preview', fileName, backup, existing, mode: 'keep-both' });
  };

  /** Decrypts the chosen file; a wrong passphrase keeps the passphrase screen with a message. */
  const unlock = async (passphrase: string) => {
    if (state.kind !== 'locked') return;
    const locked = state;
    setState({ ...locked, unlocking: true });
    try {
      const { decryptBackup } = await import('../../backup/backup-file');
      const result = await decryptBackup(locked.envelope, passphrase);
      if (result.ok) {
        await showPreview(locked.fileName, result.backup);
      } else if (result.error.code === 'wrong-passphrase') {
        setState({ ...locked, unlocking: false, error: backupErrorMessage(result.error, lang) });
      } else {
        setState({ kind: 'error', message: backupErrorMessage(result.error, lang) });
      }
    } catch (error) {
      console.error('Opening the encrypted backup failed', error);
      setState({ kind: 'error', message: backupErrorMessage({ code: 'read-failed' }, lang) });
    }
  };

  const confirm = async () => {
    if (state.kind !== 'preview') return;
    const { backup, mode } = state;
    setState({ kind: 'importing' });
    try {
      await importCases(backup, mode, t(i.copySuffix));
      setState({ kind: 'idle' });
      showToast({ message: t(i.done)(backup.cases.length) });
    } catch (error) {
      console.error('Import failed', error);
      const code = saveErrorKind(error) === 'quota' ? 'quota' : 'write-failed';
      setState({ kind: 'error', message: backupErrorMessage({ code }, lang) });
    }
  };

  const cancel = () => {
    setState({ kind: 'idle' });
    showToast({ message: t(i.cancelled) }, 4_000);
  };

  return (
    <div class="backup-import stack">
      <h3>{t(i.heading)}</h3>
      <p>{t(i.intro)}</p>
      {state.kind !== 'preview' && state.kind !== 'locked' && (
        <label class="btn file-button">
          <input
            type="file"
            class="visually-hidden"
            accept=".json,application/json"
            onClick={expectSystemSheet}
            disabled={state.kind === 'reading' || state.kind === 'importing'}
            onChange={(event) => void choose(event.currentTarget)}
          />
          {t(i.choose)}
        </label>
      )}
      {state.kind === 'reading' && (
        <p role="status" class="muted">
          {t(i.reading)}
        </p>
      )}
      {state.kind === 'error' && (
        <p role="alert" class="banner banner-danger export-error-message">
          {state.message}
        </p>
      )}
      {state.kind === 'locked' && (
        <BackupUnlock state={state} onUnlock={(passphrase) => void unlock(passphrase)} onCancel={cancel} />
      )}
      {state.kind === 'preview' && (
        <ImportPreview
          state={state}
          onMode={(mode) => setState({ ...state, mode })}
          onConfirm={() => void confirm()}
          onCancel={cancel}
        />
      )}
    </div>
  );
}
