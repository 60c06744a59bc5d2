import { lockUi } from '../../content/ui-lock';
import { useLang } from '../i18n';
import { shortPasscode } from '../storage/lock/lock-flag';
import { useStore } from '../storage/store';

/**
 * Asks, without blocking anything, to change a passcode shorter than today's minimum (one an earlier
 * version allowed): it still unlocks, but against a copied disk it is quickly guessed. `inSettings`:
 * shown beside the change form itself, so no link.
 */
export function ShortPasscodeNotice({ inSettings = false }: { inSettings?: boolean }) {
  const { t } = useLang();
  const short = useStore(shortPasscode);
  if (!short) return null;
  return (
    <div class="banner banner-warning short-passcode">
      <p>
        <strong>{t(lockUi.shortTitle)}</strong>
      </p>
      <p>{t(lockUi.shortBody)}</p>
      {!inSettings && (
        <a class="btn" href="/settings?focus=lock-current">
          {t(lockUi.shortAction)}
        </a>
      )}
    </div>
  );
}
