import { ui } from '../../content/ui';
import { useLang } from '../i18n';

/** Shown for an unknown address. */
export function NotFound() {
  const { t } = useLang();
  return (
    <section>
      <h1>{t(ui.common.notFound)}</h1>
      <a class="btn" href="/">
        {t(ui.common.goHome)}
      </a>
    </section>
  );
}
