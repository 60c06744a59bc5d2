import type { ComponentChildren } from 'preact';
import { workshopShellUi } from '../../../content/workshop-shell';
import { useLang } from '../../i18n';
import { matchPath, useLocation } from '../../router/router';
import { mayOpenCase, useWorkshop } from './workshop-state';

/** The case a path opens (its overview or one of its tools), or null. */
export function caseIdOf(path: string): string | null {
  const params = matchPath('/cases/:caseId', path) ?? matchPath('/cases/:caseId/:tool', path);
  return params?.caseId ?? null;
}

/**
 * While a workshop runs, only the current pair's case opens: an earlier pair's address (from the
 * browser's history) or any other case shows a short note instead, without a name.
 */
export function WorkshopGate({ children }: { children: ComponentChildren }) {
  const state = useWorkshop();
  const { path } = useLocation();
  const { t } = useLang();
  const caseId = caseIdOf(path);
  if (caseId === null || mayOpenCase(state, caseId)) return <>{children}</>;
  return (
    <section aria-labelledby="workshop-blocked-title">
      <h1 id="workshop-blocked-title">{t(workshopShellUi.blocked.title)}</h1>
      <p>{t(workshopShellUi.blocked.text)}</p>
      <a class="btn btn-primary" href="/">
        {t(workshopShellUi.blocked.back)}
      </a>
    </section>
  );
}
