import { useEffect, useState } from 'preact/hooks';
import { ui } from '../../../content/ui';
import { useLang } from '../../i18n';
import { getStorageHealth, requestPersistence, type StorageHealth } from '../../storage/persistence';
import { formatBytes } from './format-bytes';

/** Whether the browser protects the data from eviction, and how much space it uses. */
export function StorageStatus() {
  const { t, lang } = useLang();
  const [health, setHealth] = useState<StorageHealth | null>(null);
  const refresh = () => void getStorageHealth().then(setHealth);
  useEffect(refresh, []);

  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  return (
    <section class="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t(ui.settings.storage)}</h2>
      <p>{t(ui.settings.storageIntro)}</p>
      {health && (
        <>
          <p data-testid="persist-status">
            {t(
              health.persisted === true
                ? ui.settings.persisted
                : health.persisted === false
                  ? ui.settings.notPersisted
                  : ui.settings.persistUnknown,
            )}
          </p>
          {health.persisted === false && (
            <button type="button" class="btn" onClick={() => void requestPersistence().then(refresh)}>
              {t(ui.settings.askPersist)}
            </button>
          )}
          {health.usage !== null && health.quota !== null && (
            <p>{t(ui.settings.used)(formatBytes(health.usage, locale), formatBytes(health.quota, locale))}</p>
          )}
        </>
      )}
    </section>
  );
}
