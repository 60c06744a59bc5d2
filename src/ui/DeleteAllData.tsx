import { useState } from 'preact/hooks';
import { settingsUi } from '../../content/ui-settings';
import { useLang } from '../i18n';
import { deleteAllData } from '../storage/cases';
import { forgetScreenTraces } from './forget-screen-traces';
import { showToast } from './toast-store';

/**
 * Deletes every case on the device, after the user types the confirmation word. Nothing of them
 * stays: the database, every tab's edit journal and the list snapshot are emptied (deleteAllData),
 * and so are the messages on screen: an earlier "… er slettet. Fortryd" would otherwise bring a
 * case back after everything was deleted, and the download links of files made from them.
 */
export function DeleteAllData() {
  const { t } = useLang();
  const [typed, setTyped] = useState('');
  const word = t(settingsUi.deleteAllWord);
  const confirmed = typed.trim().toLocaleUpperCase() === word;
  return (
    <section class="card" aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">{t(settingsUi.deleteAll)}</h2>
      <p>{t(settingsUi.deleteAllIntro)}</p>
      <form
        class="delete-all-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!confirmed) return;
          void deleteAllData().then(() => {
            forgetScreenTraces();
            setTyped('');
            showToast({ message: t(settingsUi.deleteAllDone) });
          });
        }}
      >
        <div class="field">
          <label class="field-label" for="delete-all-confirm">
            {t(settingsUi.deleteAllConfirmLabel)}
          </label>
          <input
            id="delete-all-confirm"
            class="field-input"
            autoComplete="off"
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="btn btn-danger" disabled={!confirmed}>
          {t(settingsUi.deleteAll)}
        </button>
      </form>
    </section>
  );
}
