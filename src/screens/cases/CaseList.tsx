import { useState } from 'preact/hooks';
import { ui } from '../../../content/ui';
import { afterNextPaint } from '../../after-paint';
import { useLang } from '../../i18n';
import { ShortPasscodeNotice } from '../../lock/ShortPasscodeNotice';
import { lazyComponent, useLocation } from '../../router/router';
import { createCase, useCaseList } from '../../storage/case-list';
import { searchCases } from '../../tool-kit/case-model';
import { LazyBackupReminder } from '../export/LazyBackupReminder';
import { CaseCard } from './CaseCard';
import { useStartPicture } from './start-picture';
import { UnreadableNotice } from './UnreadableNotice';

// Starts listening for the browser's install offer (beforeinstallprompt) after the first paint, off
// the first load: Chromium offers it only once the service worker runs, which registers later still.
void afterNextPaint().then(() => import('../settings/install-prompt'));

/** The install hint, loaded only on an empty start page (a fresh tablet), off the first load. */
const LazyInstallHint = lazyComponent(() =>
  afterNextPaint().then(() => import('../settings/InstallHint').then((m) => m.InstallHint)),
);

/** How many cases are shown at first; a workshop tablet can hold hundreds, and search finds the rest. */
const PAGE_SIZE = 24;

/** Home: every case on this device, most recently edited first, with search. */
export function CaseList() {
  const { t, lang } = useLang();
  const { route } = useLocation();
  // Painted from the start-up snapshot in the first frame; live (with search) once the database is open.
  const list = useCaseList();
  const cases = list?.cases;
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const shown = cases ? searchCases(cases, query) : [];
  const hidden = (list?.live ? shown.length : (list?.total ?? 0)) - limit;
  // The next cold start shows this list at once (start-picture.ts), from what shows now.
  useStartPicture(list?.live === true && query === '' && limit === PAGE_SIZE, list, lang);

  const create = async () => {
    const id = await createCase();
    route(`/cases/${id}?new=1`);
  };

  return (
    <section class="case-list" aria-labelledby="case-list-title">
      <div class="page-title-row">
        <h1 id="case-list-title">{t(ui.caseList.title)}</h1>
        <button type="button" class="btn btn-primary" onClick={() => void create()}>
          + {t(ui.caseList.create)}
        </button>
      </div>
      <p class="lead">{t(ui.caseList.intro)}</p>
      <UnreadableNotice />
      <ShortPasscodeNotice />
      {cases !== undefined && cases.length > 0 && <LazyBackupReminder />}
      {cases === undefined ? (
        <p class="muted">{t(ui.common.loading)}</p>
      ) : cases.length === 0 ? (
        <>
          <div class="empty-state">
            <p>{t(ui.caseList.empty)}</p>
            <p class="muted">{t(ui.emptyStart.importHint)}</p>
            <a class="btn" href="/settings?focus=backup">
              {t(ui.emptyStart.importLink)}
            </a>
          </div>
          <LazyInstallHint />
        </>
      ) : (
        <>
          <div class="field case-search">
            <label class="field-label" for="case-search">
              {t(ui.caseList.search)}
            </label>
            <input
              id="case-search"
              class="field-input"
              type="search"
              value={query}
              disabled={!list?.live}
              placeholder={t(ui.caseList.searchPlaceholder)}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
          </div>
          <p class="muted" role="status">
            {t(ui.caseList.count)(list?.live ? shown.length : (list?.total ?? 0))}
          </p>
          {shown.length === 0 ? (
            <p class="empty-state">{t(ui.caseList.noMatch)}</p>
          ) : (
            <ul class="case-cards">
              {shown.slice(0, limit).map((record) => (
                <li key={record.id}>
                  <CaseCard record={record} />
                </li>
              ))}
            </ul>
          )}
          {hidden > 0 && (
            <button
              type="button"
              class="btn case-list-more"
              disabled={!list?.live}
              onClick={() => setLimit((n) => n + PAGE_SIZE * 4)}
            >
              {t(ui.caseList.showMore)(hidden)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
