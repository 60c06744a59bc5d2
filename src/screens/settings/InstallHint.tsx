import { useEffect, useState } from 'preact/hooks';
import { tabletUi } from '../../../content/ui-tablet';
import { useLang } from '../../i18n';
import { installOffer, onInstallChange, promptInstall } from './install-prompt';

/**
 * "Læg Peerstart på hjemmeskærmen": the browser's install button where it offers one, the iPad steps
 * where it does not; nothing when Peerstart already runs installed.
 */
export function InstallHint({ guideLink = true }: { guideLink?: boolean }) {
  const { t } = useLang();
  const [, setVersion] = useState(0);
  useEffect(() => onInstallChange(() => setVersion((n) => n + 1)), []);
  const offer = installOffer();
  if (offer === 'installed') return null;
  return (
    <section class="card install-hint" aria-labelledby="install-hint-title">
      <h2 id="install-hint-title">{t(tabletUi.install.heading)}</h2>
      <p>{t(tabletUi.install.text)}</p>
      {offer === 'prompt' ? (
        <button type="button" class="btn btn-primary" onClick={() => void promptInstall()}>
          {t(tabletUi.install.button)}
        </button>
      ) : (
        <p class="install-steps">{t(tabletUi.install.iosSteps)}</p>
      )}
      {guideLink && (
        <p>
          <a class="btn btn-quiet" href="/settings?focus=user-guide">
            {t(tabletUi.install.guide)}
          </a>
        </p>
      )}
    </section>
  );
}
