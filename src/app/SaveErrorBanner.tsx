import { ui } from '../../content/ui';
import { useLang } from '../i18n';
import { useStore } from '../storage/store';
import { flushAllWrites, saveState } from '../storage/writes';

/** Explains a failed save (a full disk above all) and offers to try again; typed text stays on screen. */
export function SaveErrorBanner() {
  const { t } = useLang();
  const { error } = useStore(saveState);
  if (!error) return null;
  return (
    <div class="banner banner-danger" role="alert">
      <p>{t(error === 'quota' ? ui.save.quota : ui.save.unknown)}</p>
      <button type="button" class="btn" onClick={() => void flushAllWrites()}>
        {t(ui.save.retry)}
      </button>
    </div>
  );
}
