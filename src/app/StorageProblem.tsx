import { problemsUi } from '../../content/ui-problems';
import { useLang } from '../i18n';
import type { DbStatus } from '../storage/db-status';
import { flushAllWrites, type SaveErrorKind } from '../storage/writes';

/** Explains plainly why the browser will not let Peerstart use its database. */
export function DatabaseProblem({ status }: { status: Exclude<DbStatus, 'ready' | 'opening'> }) {
  const { t } = useLang();
  const message = {
    blocked: problemsUi.database.blocked,
    'newer-version': problemsUi.database.newerVersion,
    'version-change': problemsUi.database.versionChange,
    unavailable: problemsUi.database.unavailable,
  }[status];
  return (
    <div class="banner banner-warning" role="alert">
      <p>{t(message)}</p>
      {status !== 'unavailable' && (
        <button type="button" class="btn" onClick={() => location.reload()}>
          {t(problemsUi.database.reload)}
        </button>
      )}
    </div>
  );
}

/** Explains a failed save (a full disk above all) and offers to try again; typed text stays on screen. */
export function SaveProblem({ error }: { error: SaveErrorKind }) {
  const { t } = useLang();
  return (
    <div class="banner banner-danger" role="alert">
      <p>{t(error === 'quota' ? problemsUi.save.quota : problemsUi.save.unknown)}</p>
      <button type="button" class="btn" onClick={() => void flushAllWrites()}>
        {t(problemsUi.save.retry)}
      </button>
    </div>
  );
}
