import { useRegisterSW } from 'virtual:pwa-register/preact';
import { useEffect, useState } from 'preact/hooks';
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

  // "Works offline now" is news, not a task: it leaves by itself so it never covers the page for long.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), 8000);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

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
