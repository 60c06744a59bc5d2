import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { ui } from '../../content/ui';
import { useLang } from '../i18n';
import { dbStatus, openDatabase } from '../storage/db-status';
import { useStore } from '../storage/store';

/** Opens the database and explains plainly when the browser will not let us use it. */
export function DbGate({ children }: { children: ComponentChildren }) {
  const { t } = useLang();
  const status = useStore(dbStatus);
  useEffect(() => {
    if (dbStatus.get() === 'opening') void openDatabase();
  }, []);

  if (status === 'ready') return <>{children}</>;
  if (status === 'opening') return <p class="muted">{t(ui.database.opening)}</p>;
  const message = {
    blocked: ui.database.blocked,
    'newer-version': ui.database.newerVersion,
    'version-change': ui.database.versionChange,
    unavailable: ui.database.unavailable,
  }[status];
  return (
    <div class="banner banner-warning" role="alert">
      <p>{t(message)}</p>
      {status !== 'unavailable' && (
        <button type="button" class="btn" onClick={() => location.reload()}>
          {t(ui.database.reload)}
        </button>
      )}
    </div>
  );
}
