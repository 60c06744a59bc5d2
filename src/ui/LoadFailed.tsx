import { problemsUi } from '../../content/ui-problems';
import { useLang } from '../i18n';

/** A screen's code could not be fetched: says so, with "Prøv igen". */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useLang();
  return (
    <div class="banner banner-warning" role="alert">
      <p>{t(problemsUi.screen.loadFailed)}</p>
      <button type="button" class="btn" onClick={onRetry}>
        {t(problemsUi.screen.retry)}
      </button>
    </div>
  );
}
