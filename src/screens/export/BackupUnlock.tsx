import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { backupPassphraseUi } from '../../../content/backup-passphrase';
import { exportUi } from '../../../content/export';
import type { ImportState } from '../../backup/import-model';
import { useLang } from '../../i18n';
import { SecretField } from '../../ui/SecretField';

type Locked = Extract<ImportState, { kind: 'locked' }>;

/**
 * An encrypted backup file asks for its passphrase: one field, "Åbn filen" (or Enter) and
 * "Annuller". A wrong passphrase shows why beside the field, which keeps focus for another try;
 * nothing is written until the preview that follows is confirmed.
 */
export function BackupUnlock(props: {
  state: Locked;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const { t } = useLang();
  const p = backupPassphraseUi;
  const { fileName, unlocking, error } = props.state;
  const [passphrase, setPassphrase] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const id = useId();

  // The field is where the user types next: on arrival, and again after a wrong passphrase.
  useEffect(() => {
    if (unlocking) return;
    field.current?.focus();
    if (error) field.current?.select();
  }, [unlocking, error]);

  return (
    <form
      class="backup-unlock card stack"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (unlocking) return;
        if (passphrase === '') field.current?.focus();
        else props.onUnlock(passphrase);
      }}
    >
      <h4 id={`${id}-title`}>{t(p.lockedTitle)(fileName)}</h4>
      <p>{t(p.lockedIntro)}</p>
      <SecretField
        id={`${id}-pass`}
        label={t(p.passphrase)}
        value={passphrase}
        onInput={setPassphrase}
        inputRef={field}
        readOnly={unlocking}
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : undefined}
      />
      {error && (
        <p role="alert" id={`${id}-error`} class="banner banner-danger export-error-message">
          {error}
        </p>
      )}
      <div class="export-actions">
        <button type="submit" class="btn btn-primary" disabled={unlocking}>
          {t(p.unlock)}
        </button>
        <button type="button" class="btn" onClick={props.onCancel}>
          {t(exportUi.importing.cancel)}
        </button>
        <span role="status" class="muted">
          {unlocking ? t(p.unlocking) : ''}
        </span>
      </div>
    </form>
  );
}
