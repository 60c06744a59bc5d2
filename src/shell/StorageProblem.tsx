import { problemsUi } from '../../content/ui-problems';
import { useLang } from '../i18n';
import { type DbStatus, retryOpenDatabase } from '../storage/db-status';
import { retryQueries } from '../storage/live-failure';
import { retrySaving } from '../storage/retry-saving';
import type { SaveErrorKind } from '../storage/save-state';

/** Explains plainly why the browser will not let Peerstart use its database. */
export function DatabaseProblem({ status }: { status: Exclude<DbStatus, 'ready' | 'opening' | 'locked'> }) {
  const { t } = useLang();
  const message = {
    blocked: problemsUi.database.blocked,
    'newer-version': problemsUi.database.newerVersion,
    'version-change': problemsUi.database.versionChange,
    unavailable: problemsUi.database.unavailable,
    'load-failed': problemsUi.database.loadFailed,
  }[status];
  // It stands in for the whole screen, so it carries the screen's heading too.
  return (
    <section aria-labelledby="database-problem-title">
      <h1 id="database-problem-title">{t(problemsUi.database.title)}</h1>
      <div class="banner banner-warning" role="alert">
        <p>{t(message)}</p>
        {status === 'load-failed' ? (
          <button type="button" class="btn" onClick={() => void retryOpenDatabase()}>
            {t(problemsUi.screen.retry)}
          </button>
        ) : (
          status !== 'unavailable' && (
            <button type="button" class="btn" onClick={() => location.reload()}>
              {t(problemsUi.database.reload)}
            </button>
          )
        )}
      </div>
    </section>
  );
}

/** A live query failed: says so, and runs every query again on request. */
export function QueryProblem() {
  const { t } = useLang();
  return (
    <div class="banner banner-warning" role="alert">
      <p>{t(problemsUi.database.queryFailed)}</p>
      <button type="button" class="btn" onClick={retryQueries}>
        {t(problemsUi.screen.retry)}
      </button>
    </div>
  );
}

/** Explains a failed save (a full disk above all) and offers to try again; typed text stays on screen. */
export function SaveProblem({ error }: { error: SaveErrorKind }) {
  const { t } = useLang();
  return (
    <div class="banner banner-danger" role="alert">
      <p>{t(error === 'quota' ? problemsUi.save.quota : problemsUi.save.unknown)}</p>
      <button type="button" class="btn" onClick={() => void retrySaving()}>
        {t(problemsUi.save.retry)}
      </button>
    </div>
  );
}
