import { useEffect, useState } from 'preact/hooks';
import { ui } from '../../content/ui';
import { useLang } from '../i18n';
import { saveState } from '../storage/save-state';
import { useStore } from '../storage/store';

/**
 * How long a save may take before the indicator says "Gemmer …". A keystroke's save commits in a
 * few tens of milliseconds, and it is journalled before that (storage/journal.ts), so nothing typed
 * is at risk meanwhile; saying "Gemmer …" and "Gemt" in turn for every keystroke made the header
 * flicker, made a screen reader speak the status on every key (it is a live region), and was a
 * render and a repaint per keystroke (issue 20).
 */
export const SAVING_SHOWN_AFTER_MS = 800;

/**
 * Says quietly whether the latest change is saved ("Gemt"), still being saved after a while, or
 * failed. `data-save-state` is the state itself, at once ("pending" while anything is unsaved), for
 * tests and tools that must know that everything is committed.
 */
export function SaveIndicator() {
  const { t } = useLang();
  const state = useStore(saveState);
  const waiting = state.pending > 0;
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!waiting) {
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), SAVING_SHOWN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  if (state.lastSavedAt === null && !waiting && !state.error) return <span class="save-indicator" />;
  const truth = state.error ? 'error' : waiting ? 'pending' : 'ok';
  // Before the first commit there is no "Gemt" to keep showing: a first save says "Gemmer …" at once.
  const shown = truth === 'pending' && !slow && state.lastSavedAt !== null ? 'ok' : truth;
  const text = shown === 'error' ? ui.save.failed : shown === 'pending' ? ui.save.saving : ui.save.saved;
  return (
    <span class={`save-indicator save-indicator-${shown}`} role="status" data-save-state={truth}>
      {t(text)}
    </span>
  );
}
