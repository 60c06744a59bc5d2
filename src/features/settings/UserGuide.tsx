import { useState } from 'preact/hooks';
import { ui } from '../../../content/ui';
import { tabletUi } from '../../../content/ui-tablet';
import { useLang } from '../../i18n';

/**
 * The Danish user guide (docs/brugervejledning.md, the same file the README links to), inside the app so
 * it can be read offline: loaded when it is opened.
 */
export function UserGuide() {
  const { t } = useLang();
  const [guide, setGuide] = useState<{
    source: string;
    View: typeof import('./guide-markdown').GuideMarkdown;
  } | null>(null);
  const load = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || guide) return;
    void Promise.all([import('../../../docs/brugervejledning.md?raw'), import('./guide-markdown')]).then(
      ([text, view]) => setGuide({ source: text.default, View: view.GuideMarkdown }),
    );
  };
  return (
    <section class="card" aria-labelledby="user-guide">
      <h2 id="user-guide">{t(tabletUi.install.guide)}</h2>
      <p>{t(tabletUi.install.guideIntro)}</p>
      <details class="disclosure" onToggle={load}>
        <summary>{t(tabletUi.install.guideOpen)}</summary>
        {guide ? <guide.View source={guide.source} /> : <p class="muted">{t(ui.common.loading)}</p>}
      </details>
    </section>
  );
}
