import { advice } from '../../../content/advice';
import { sources } from '../../../content/sources';
import { tools } from '../../../content/tools';
import { sourcesUi } from '../../../content/ui-sources';
import { useLang } from '../../i18n';

/** What each tool is based on, with full citations, and the five pieces of advice. */
export function Sources() {
  const { t } = useLang();
  return (
    <section class="sources stack" aria-labelledby="sources-title">
      <h1 id="sources-title">{t(sourcesUi.title)}</h1>
      <p class="lead">{t(sourcesUi.intro)}</p>
      <ul class="source-list">
        {sources.map((source) => {
          const usedBy = tools.filter(
            (tool) => tool.sources.includes(source.id) || tool.alsoSources?.includes(source.id),
          );
          return (
            <li key={source.id} class="card" id={`source-${source.id}`}>
              <p>
                <cite>{source.citation}</cite>
                {source.url && (
                  <>
                    {' '}
                    <span class="source-url">{source.url}</span>
                  </>
                )}
              </p>
              <p>{t(source.use)}</p>
              {source.note && <p class="muted source-note-caveat">{t(source.note)}</p>}
              {usedBy.length > 0 && (
                <p class="muted">
                  {t(sourcesUi.usedBy)}:{' '}
                  {usedBy
                    .map(
                      (tool) =>
                        `${t(tool.title)} (${t(tool.provenance === 'inspired' ? sourcesUi.provenanceInspired : sourcesUi.provenanceSource)})`,
                    )
                    .join(', ')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <h2>{t(sourcesUi.advice)}</h2>
      <ol class="advice-list">
        {advice.map((item) => (
          <li key={item.id}>
            <strong>{t(item.title)}.</strong> {t(item.body)}
          </li>
        ))}
      </ol>
    </section>
  );
}
