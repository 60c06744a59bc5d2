import { useEffect, useState } from 'preact/hooks';
import { settingsUi } from '../../../content/ui-settings';
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
      <h2 id="storage-title">{t(settingsUi.storage)}</h2>
      <p>{t(settingsUi.storageIntro)}</p>
      {health && (
        <>
          <p data-testid="persist-status">
            {t(
              health.persisted === true
                ? settingsUi.persisted
                : health.persisted === false
                  ? settingsUi.notPersisted
                  : settingsUi.persistUnknown,
            )}
          </p>
          {health.persisted === false && (
            <button type="button" class="btn" onClick={() => void requestPersistence().then(refresh)}>
              {t(settingsUi.askPersist)}
            </button>
          )}
          {health.usage !== null && health.quota !== null && (
            <p>{t(settingsUi.used)(formatBytes(health.usage, locale), formatBytes(health.quota, locale))}</p>
          )}
        </>
      )}
    </section>
  );
}
