import type { RefObject } from 'preact';
import { useId } from 'preact/hooks';
import { backupPassphraseUi } from '../../../content/backup-passphrase';
import { BACKUP_PASSPHRASE_MIN } from '../../backup/backup-types';
import { useLang } from '../../i18n';

export type PassphraseIssue = 'short' | 'mismatch';

/** Whether a backup is protected, and the passphrase typed twice. */
export interface PassphraseChoice {
  protect: boolean;
  passphrase: string;
  repeated: string;
}

/** Why the typed passphrase cannot be used yet, or null (also when the file is not protected). */
export function passphraseIssue(choice: PassphraseChoice): PassphraseIssue | null {
  if (!choice.protect) return null;
  if ([...choice.passphrase].length < BACKUP_PASSPHRASE_MIN) return 'short';
  return choice.passphrase === choice.repeated ? null : 'mismatch';
}

/** Moves the keyboard to the field that has the issue. */
export function focusIssue(issue: PassphraseIssue, fields: PassphraseFieldRefs): void {
  (issue === 'short' ? fields.first : fields.second).current?.focus();
}

export interface PassphraseFieldRefs {
  first: RefObject<HTMLInputElement | null>;
  second: RefObject<HTMLInputElement | null>;
}

/**
 * "Beskyt med adgangssætning" and, when ticked, the passphrase typed twice with the warning that it
 * cannot be recovered. Controlled: the form that makes the file owns the choice and checks it.
 */
export function PassphraseFields(props: {
  choice: PassphraseChoice;
  onChange: (choice: PassphraseChoice) => void;
  issue: PassphraseIssue | null;
  fields: PassphraseFieldRefs;
}) {
  const { t } = useLang();
  const id = useId();
  const p = backupPassphraseUi;
  const { choice, issue } = props;
  const errorId = `${id}-error`;
  const describedBy = (hintId: string, shows: boolean) => (shows ? `${hintId} ${errorId}` : hintId);
  const set = (change: Partial<PassphraseChoice>) => props.onChange({ ...choice, ...change });
  return (
    <>
      <label class="backup-protect">
        <input
          type="checkbox"
          checked={choice.protect}
          aria-describedby={`${id}-protect-hint`}
          onChange={(event) => set({ protect: event.currentTarget.checked })}
        />
        <span>{t(p.protect)}</span>
      </label>
      <p class="muted backup-protect-hint" id={`${id}-protect-hint`}>
        {t(p.protectHint)}
      </p>
      {choice.protect && (
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
              ref={props.fields.first}
              id={`${id}-pass`}
              class="field-input"
              type="password"
              autocomplete="new-password"
              spellcheck={false}
              value={choice.passphrase}
              aria-invalid={issue === 'short' || undefined}
              aria-describedby={describedBy(`${id}-pass-hint ${id}-forgotten`, issue === 'short')}
              onInput={(event) => set({ passphrase: event.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label class="field-label" for={`${id}-repeat`}>
              {t(p.repeat)}
            </label>
            <input
              ref={props.fields.second}
              id={`${id}-repeat`}
              class="field-input"
              type="password"
              autocomplete="new-password"
              spellcheck={false}
              value={choice.repeated}
              aria-invalid={issue === 'mismatch' || undefined}
              aria-describedby={issue === 'mismatch' ? errorId : undefined}
              onInput={(event) => set({ repeated: event.currentTarget.value })}
            />
          </div>
          {issue && (
            <p role="alert" id={errorId} class="banner banner-danger export-error-message">
              {issue === 'short' ? t(p.tooShort)(BACKUP_PASSPHRASE_MIN) : t(p.mismatch)}
            </p>
          )}
        </div>
      )}
    </>
  );
}
