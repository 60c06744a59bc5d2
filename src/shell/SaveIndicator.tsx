import { ui } from '../../content/ui';
import { useLang } from '../i18n';
import { saveState } from '../storage/save-state';
import { useStore } from '../storage/store';

/** Says quietly whether the latest change is saved ("Gemt"), being saved, or failed. */
export function SaveIndicator() {
  const { t } = useLang();
  const state = useStore(saveState);
  if (state.lastSavedAt === null && state.pending === 0 && !state.error)
    return <span class="save-indicator" />;
  const [text, tone] = state.error
    ? [ui.save.failed, 'error']
    : state.pending > 0
      ? [ui.save.saving, 'pending']
      : [ui.save.saved, 'ok'];
  return (
    <span class={`save-indicator save-indicator-${tone}`} role="status" data-save-state={tone}>
      {t(text)}
    </span>
  );
}
