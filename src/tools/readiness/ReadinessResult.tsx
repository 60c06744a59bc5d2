import { readinessText } from '../../../content/readiness';
import { useLang } from '../../i18n';
import { AdviceNote } from '../../ui/AdviceNote';
import { memo, shallowEqual } from '../../ui/memo';
import { answerText, entryShort, entryText, tickLabels } from './labels';
import { type ReadinessEntry, type ReadinessRound, scoreRound, unknownItems, weakestItems } from './model';
import { ReadinessBarChart } from './ReadinessBarChart';

interface ResultProps {
  answers: ReadinessRound['answers'];
  entries: readonly ReadinessEntry[];
}

/**
 * The round's temperature, what it means, what to work on first, and the chart with its table.
 * Renders again only when an answer changed (the database's confirmation of a tap rebuilds the
 * round with the same answers).
 */
export const ReadinessResult = memo(
  function ReadinessResult(props: ResultProps) {
    const { t } = useLang();
    const { answers, entries } = props;
    const ids = entries.map((e) => e.id);
    const score = scoreRound(answers, ids);
    const byId = new Map(entries.map((e) => [e.id, e]));
    const weakest = weakestItems(answers, ids).flatMap((id) => byId.get(id) ?? []);
    // Two statements can share an advice (r6 and r8): show it once, beside the first.
    const adviceShown = new Set<string>();
    const adviceFor = (entry: ReadinessEntry) => {
      const id = entry.kind === 'content' && 'advice' in entry.item ? entry.item.advice : undefined;
      if (!id || adviceShown.has(id)) return undefined;
      adviceShown.add(id);
      return id;
    };
    const unknown = unknownItems(answers, ids).flatMap((id) => byId.get(id) ?? []);
    const ownCount = entries.filter((e) => e.kind === 'own').length;
    const rows = entries.map((e) => ({
      id: e.id,
      label: entryShort(t, e, entries),
      value: answers[e.id],
    }));

    return (
      <section class="readiness-result" aria-labelledby="readiness-result-heading">
        <h2 id="readiness-result-heading">{t(readinessText.resultHeading)}</h2>
        {score.scaled === null || score.band === null ? (
          <p class="card">{t(readinessText.noResult)}</p>
        ) : (
          <div class={`card readiness-score readiness-band-${score.band.id}`}>
            <p class="readiness-total">
              <span class="readiness-total-label">{t(readinessText.totalLabel)}</span>
              <strong data-testid="readiness-total">{t(readinessText.total)(score.scaled)}</strong>
            </p>
            <h3>{t(score.band.title)}</h3>
            <p>{t(score.band.reading)}</p>
            {score.missing > 0 && <p class="muted">{t(readinessText.provisional)(score.missing)}</p>}
            {score.unknown > 0 && <p class="muted">{t(readinessText.scaledUnknown)(score.unknown)}</p>}
            {ownCount > 0 && <p class="muted">{t(readinessText.scaledOwn)(ownCount)}</p>}
          </div>
        )}
        {score.known > 0 && (
          <div class="readiness-work-on">
            <h3>{t(readinessText.workOnHeading)}</h3>
            {weakest.length === 0 ? (
              <p>{t(readinessText.workOnNone)}</p>
            ) : (
              <ol class="readiness-weakest">
                {weakest.map((entry) => {
                  const advice = adviceFor(entry);
                  return (
                    <li key={entry.id} class="card">
                      <p class="readiness-weakest-title">
                        <strong>{entryText(t, entry, entries)}</strong>{' '}
                        <span class="muted">({answerText(t, answers[entry.id])})</span>
                      </p>
                      {advice && <AdviceNote id={advice} />}
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
        )}
        {unknown.length > 0 && (
          <div class="readiness-unknown">
            <h3>{t(readinessText.unknownHeading)}</h3>
            <ul>
              {unknown.map((entry) => (
                <li key={entry.id}>{entryText(t, entry, entries)}</li>
              ))}
            </ul>
          </div>
        )}
        {score.answered > 0 && (
          <div class="readiness-chart-row">
            <figure class="readiness-figure">
              <ReadinessBarChart
                rows={rows}
                title={t(readinessText.chartTitle)}
                description={t(readinessText.chartDescription)}
                tickLabels={tickLabels(t)}
                unknownLabel={answerText(t, 'unknown')}
                missingLabel="–"
              />
            </figure>
            <table class="data-table readiness-table">
              <caption>{t(readinessText.tableCaption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(readinessText.colItem)}</th>
                  <th scope="col">{t(readinessText.colAnswer)}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.label}</th>
                    <td>{answerText(t, row.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    );
  },
  (before, after) => before.entries === after.entries && shallowEqual(before.answers, after.answers),
);
