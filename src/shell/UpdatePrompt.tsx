import { useRegisterSW } from 'virtual:pwa-register/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { updateUi } from '../../content/ui-update';
import { useLang } from '../i18n';
import { flushAllWrites } from '../storage/writes';

/** Whether this tab's user accepted the update ("Opdater nu"); only then does this tab reload. */
let acceptedHere = false;

/**
 * The new version took control of this tab's service worker (the plugin's `controlling` handler
 * would reload every open tab here, also one whose user chose "Senere" and is typing). Only the tab
 * whose user accepted reloads; the others keep (or get back) their update bar and reload when their
 * own user says so.
 */
function onNeedReload(showPrompt: () => void): void {
  if (acceptedHere) window.location.reload();
  else showPrompt();
}

/**
 * Offers a new version; never reloads on its own (vite-plugin-pwa #433, #881), nor when another tab
 * accepts it. On "Opdater nu" it first waits for every pending write, then activates the new service
 * worker (this tab reloads when it takes control), or, when another tab has activated it already,
 * reloads at once.
 */
export function UpdatePrompt() {
  const { t } = useLang();
  const [applying, setApplying] = useState(false);
  const showPrompt = useRef<() => void>(() => undefined);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ onNeedReload: () => onNeedReload(showPrompt.current) });
  showPrompt.current = () => setNeedRefresh(true);

  // "Works offline now" is news, not a task: it leaves by itself so it never covers the page for long.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), 8000);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (needRefresh) {
    const apply = async () => {
      setApplying(true);
      acceptedHere = true;
      await flushAllWrites();
      const registration = await navigator.serviceWorker?.getRegistration();
      // Another tab already activated the new version: nothing is waiting, so reload now.
      if (!registration?.waiting) window.location.reload();
      else await updateServiceWorker(true);
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
