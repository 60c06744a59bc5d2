import { ui } from '../../../content/ui';
import { useLang } from '../../i18n';
import { useStore } from '../../storage/store';
import { installChanged, installOffer, promptInstall } from './install-prompt';

/**
 * "Læg Peerstart på hjemmeskærmen": the browser's install button where it offers one, the iPad steps
 * where it does not; nothing when Peerstart already runs installed.
 */
export function InstallHint({ guideLink = true }: { guideLink?: boolean }) {
  const { t } = useLang();
  useStore(installChanged);
  const offer = installOffer();
  if (offer === 'installed') return null;
  return (
    <section class="card install-hint" aria-labelledby="install-hint-title">
      <h2 id="install-hint-title">{t(ui.install.heading)}</h2>
      <p>{t(ui.install.text)}</p>
      {offer === 'prompt' ? (
        <button type="button" class="btn btn-primary" onClick={() => void promptInstall()}>
          {t(ui.install.button)}
        </button>
      ) : (
        <p class="install-steps">{t(ui.install.iosSteps)}</p>
      )}
      {guideLink && (
        <p>
          <a class="btn btn-quiet" href="/settings?focus=user-guide">
            {t(ui.install.guide)}
          </a>
        </p>
      )}
    </section>
  );
}
