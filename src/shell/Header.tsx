import type { Lang } from '../../content/types';
import { ui } from '../../content/ui';
import { useLang } from '../i18n';
import { LockButton } from '../lock/AutoLock';
import { useLocation } from '../router/router';
import { WorkshopBadge } from '../screens/workshop/WorkshopBadge';
import { SaveIndicator } from './SaveIndicator';

const links = [
  { href: '/', label: ui.nav.cases, match: (path: string) => path === '/' || path.startsWith('/cases') },
  { href: '/sources', label: ui.nav.sources, match: (path: string) => path === '/sources' },
  { href: '/settings', label: ui.nav.settings, match: (path: string) => path === '/settings' },
];

/** The top bar: app name, main menu, language and the quiet "Gemt" indicator. */
export function Header() {
  const { t, lang, setLang } = useLang();
  const { path } = useLocation();
  const other: Lang = lang === 'da' ? 'en' : 'da';
  return (
    <header class="app-header">
      <a class="skip-link" href="#main">
        {t(ui.skipToContent)}
      </a>
      <a class="app-name" href="/">
        <img src="/favicon.svg" alt="" width="32" height="32" />
        <span>{t(ui.appName)}</span>
      </a>
      <WorkshopBadge />
      <nav aria-label={t(ui.nav.label)}>
        <ul class="app-nav">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} aria-current={link.match(path) ? 'page' : undefined}>
                {t(link.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SaveIndicator />
      <LockButton />
      <button
        type="button"
        class="btn btn-quiet lang-switch"
        lang={other}
        onClick={() => setLang(other)}
        aria-label={`${ui.language.label[other]}: ${ui.language[other][other]}`}
      >
        {other.toUpperCase()}
      </button>
    </header>
  );
}
