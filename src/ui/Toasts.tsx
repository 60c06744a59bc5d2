import { ui } from '../../content/ui';
import { useLang } from '../i18n';
import { useStore } from '../storage/store';
import { dismissToast, toasts } from './toast-store';

/** The live region where toasts appear; screen readers announce them politely. */
export function Toasts() {
  const { t } = useLang();
  const list = useStore(toasts);
  return (
    <div class="toasts" role="status" aria-live="polite">
      {list.map((toast) => (
        <div class="toast" key={toast.id}>
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              class="btn"
              onClick={() => {
                dismissToast(toast.id);
                void toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            class="btn btn-quiet toast-close"
            aria-label={t(ui.common.close)}
            onClick={() => dismissToast(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
