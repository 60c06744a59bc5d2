import { LANGS } from '../../../content/types';
import { ui } from '../../../content/ui';
import { settingsUi } from '../../../content/ui-settings';
import { useLang } from '../../i18n';
import { LockSettings } from '../../lock/LockSettings';
import { useFocusTarget } from '../../router/focus-target';
import { DeleteAllData } from '../../ui/DeleteAllData';
import { BackupSection } from '../export/BackupSection';
import { WorkshopSection } from '../workshop/WorkshopSection';
import { InstallHint } from './InstallHint';
import { StorageStatus } from './StorageStatus';
import { UserGuide } from './UserGuide';

/** Settings: language, installing, storage health, backup, the user guide and deleting everything. */
export function Settings() {
  const { t, lang, setLang } = useLang();
  useFocusTarget();
  return (
    <section class="settings stack" aria-labelledby="settings-title">
      <h1 id="settings-title">{t(settingsUi.title)}</h1>
      <div class="card">
        <fieldset class="segmented settings-language">
          <legend class="segmented-legend">{t(ui.language.label)}</legend>
          <div class="segmented-options">
            {LANGS.map((code) => (
              <label key={code} class={`segment${lang === code ? ' segment-checked' : ''}`} lang={code}>
                <input
                  type="radio"
                  name="language"
                  value={code}
                  checked={lang === code}
                  onChange={() => setLang(code)}
                />
                <span class="segment-label">{ui.language[code][code]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <InstallHint guideLink={false} />
      <StorageStatus />
      <WorkshopSection />
      <BackupSection />
      <LockSettings />
      <UserGuide />
      <DeleteAllData />
      <p class="muted">{t(settingsUi.version)(__APP_VERSION__)}</p>
    </section>
  );
}
