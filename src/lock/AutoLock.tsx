import { useEffect } from 'preact/hooks';
import { lockUi } from '../../content/ui-lock';
import { useLang } from '../i18n';
import { dbStatus } from '../storage/db-status';
import { inSystemSheet, lockOn, readIdleMinutes, systemSheetClosed } from '../storage/lock/lock-flag';
import { useStore } from '../storage/store';

/** What counts as use of the app, for the idle timer. */
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

function lockNow(): void {
  // Hide the screen in this very event, before the operating system snapshots the app switcher.
  document.documentElement.classList.add('locking');
  void import('../storage/lock/lock').then((m) => m.lockNow());
}

/** Whether the passcode lock is on and this page is unlocked (so there is something to lock). */
function useUnlocked(): boolean {
  const on = useStore(lockOn);
  const status = useStore(dbStatus);
  return on && status === 'ready';
}

/** Locks the app after the chosen idle time, and as soon as it goes to the background. */
export function AutoLock() {
  const unlocked = useUnlocked();
  useEffect(() => {
    if (!unlocked) return;
    const idleMs = readIdleMinutes() * 60_000;
    let timer = setTimeout(lockNow, idleMs);
    const onActivity = () => {
      clearTimeout(timer);
      timer = setTimeout(lockNow, idleMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') systemSheetClosed();
      else if (!inSystemSheet()) lockNow();
    };
    const onPageHide = () => lockNow();
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    // pagehide: Safari may skip visibilitychange when the app is swiped away.
    window.addEventListener('pagehide', onPageHide);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [unlocked]);
  return null;
}

/** "Lås" in the header, while the lock is on and the app unlocked. */
export function LockButton() {
  const { t } = useLang();
  if (!useUnlocked()) return null;
  return (
    <button
      type="button"
      class="btn btn-quiet lock-button"
      aria-label={t(lockUi.lockNowLabel)}
      onClick={lockNow}
    >
      {t(lockUi.lockNow)}
    </button>
  );
}
