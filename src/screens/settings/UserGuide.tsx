import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../content/types';
import { ui } from '../../../content/ui';
import { tabletUi } from '../../../content/ui-tablet';
import { useLang } from '../../i18n';

/** Each language's guide, loaded only when it is opened in that language. */
const sources: Record<Lang, () => Promise<{ default: string }>> = {
  da: () => import('../../../docs/brugervejledning.md?raw'),
  en: () => import('../../../docs/user-guide.md?raw'),
};

type Loaded = { lang: Lang; source: string; View: typeof import('./guide-markdown').GuideMarkdown };

/**
 * The user guide in the app's language (docs/brugervejledning.md in Danish, docs/user-guide.md in
 * English, the same files the README links to), inside the app so it can be read offline: loaded
 * when it is opened, and loaded again in the other language if the language changes while it is open.
 */
export function UserGuide() {
  const { t, lang } = useLang();
  const [open, setOpen] = useState(false);
  const [guide, setGuide] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!open || guide?.lang === lang) return;
    let current = true;
    void Promise.all([sources[lang](), import('./guide-markdown')]).then(([text, view]) => {
      // A later language wins: a slower load of the one before is dropped.
      if (current) setGuide({ lang, source: text.default, View: view.GuideMarkdown });
    });
    return () => {
      current = false;
    };
  }, [open, lang, guide?.lang]);
  const shown = guide?.lang === lang ? guide : null;
  return (
    <section class="card" aria-labelledby="user-guide">
      <h2 id="user-guide">{t(tabletUi.install.guide)}</h2>
      <p>{t(tabletUi.install.guideIntro)}</p>
      <details
        class="disclosure"
        onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{t(tabletUi.install.guideOpen)}</summary>
        {shown ? <shown.View source={shown.source} /> : <p class="muted">{t(ui.common.loading)}</p>}
      </details>
    </section>
  );
}
