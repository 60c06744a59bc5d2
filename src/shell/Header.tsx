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

/**
 * The app's mark (public/favicon.svg), drawn inline: as an <img>, the SVG is a document of its own
 * that the browser parses on the main thread before the first paint (issue 20: ~40 ms of a cold
 * start at 4× CPU).
 */
function AppMark() {
  return (
    <svg class="app-mark" viewBox="0 0 64 64" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#1f4e5f" />
      <path
        d="M32 9l6.5 14.6 15.9 1.6-11.9 10.6 3.4 15.6L32 43.4l-13.9 8 3.4-15.6L9.6 25.2l15.9-1.6z"
        fill="none"
        stroke="#f7f5f0"
        stroke-width="4"
        stroke-linejoin="round"
      />
      <circle cx="32" cy="31" r="5" fill="#e69f00" />
    </svg>
  );
}

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
        <AppMark />
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
