import { useRegisterSW } from 'virtual:pwa-register/preact';
import { useState } from 'preact/hooks';
import { updateUi } from '../../content/ui-update';
import { useLang } from '../i18n';
import { flushAllWrites } from '../storage/writes';

/**
 * Offers a new version; never reloads on its own (vite-plugin-pwa #433, #881). On "Opdater nu" it
 * first waits for every pending write, then activates the new service worker, which reloads.
 */
export function UpdatePrompt() {
  const { t } = useLang();
  const [applying, setApplying] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  if (needRefresh) {
    const apply = async () => {
      setApplying(true);
      await flushAllWrites();
      await updateServiceWorker(true);
    };
    return (
      <div class="banner" role="status" data-testid="update-prompt">
        <p>{t(updateUi.ready)}</p>
        <button type="button" class="btn btn-primary" disabled={applying} onClick={() => void apply()}>
          {t(updateUi.apply)}
        </button>
        <button type="button" class="btn btn-quiet" onClick={() => setNeedRefresh(false)}>
          {t(updateUi.later)}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div class="banner" role="status">
        <p>{t(updateUi.offlineReady)}</p>
        <button type="button" class="btn btn-quiet" onClick={() => setOfflineReady(false)}>
          {t(updateUi.close)}
        </button>
      </div>
    );
  }
  return null;
}
