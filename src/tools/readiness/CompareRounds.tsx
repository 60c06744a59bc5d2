import { useState } from 'preact/hooks';
import { readinessText } from '../../../content/readiness';
import { useLang } from '../../i18n';
import { SelectField } from '../../ui/Field';
import { answerText, changeText, entryShort, roundTitle } from './labels';
import { compareRounds, type ReadinessEntry, type ReadinessRound, scoreRound } from './model';

/** Two rounds side by side: each statement's answer then and now, and the change in temperature. */
export function CompareRounds(props: {
  rounds: readonly ReadinessRound[];
  entries: readonly ReadinessEntry[];
}) {
  const { t, formatDate } = useLang();
  const { rounds, entries } = props;
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const from = rounds.find((r) => r.id === fromId) ?? rounds.at(-2);
  const to = rounds.find((r) => r.id === toId) ?? rounds.at(-1);
  if (!from || !to) return null;
  const ids = entries.map((e) => e.id);
  const changes = compareRounds(from.answers, to.answers, ids);
  const fromScore = scoreRound(from.answers, ids);
  const toScore = scoreRound(to.answers, ids);
  const fromTotal = fromScore.scaled;
  const toTotal = toScore.scaled;
  const totalText = (score: typeof fromScore) =>
    score.scaled === null
      ? '–'
      : `${score.scaled}${score.missing > 0 ? ` (${t(readinessText.provisionalShort)})` : ''}`;
  const name = (r: ReadinessRound) => roundTitle(t, formatDate, r, rounds);
  const picker = (id: string, label: string, value: ReadinessRound, set: (id: string) => void) => (
    <SelectField
      id={id}
      label={label}
      value={value.id}
      options={rounds.map((r) => ({ value: r.id, label: name(r) }))}
      onChange={set}
    />
  );
  return (
    <section class="readiness-compare" aria-labelledby="readiness-compare-heading">
      <h2 id="readiness-compare-heading">{t(readinessText.compareHeading)}</h2>
      <p class="muted">{t(readinessText.compareIntro)}</p>
      <div class="readiness-compare-pickers">
        {picker('readiness-compare-from', t(readinessText.compareFrom), from, setFromId)}
        {picker('readiness-compare-to', t(readinessText.compareTo), to, setToId)}
      </div>
      <table class="data-table">
        <caption>{t(readinessText.compareCaption)(name(from), name(to))}</caption>
        <thead>
          <tr>
            <th scope="col">{t(readinessText.colItem)}</th>
            <th scope="col">{name(from)}</th>
            <th scope="col">{name(to)}</th>
            <th scope="col">{t(readinessText.colChange)}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => {
            const entry = entries.find((e) => e.id === c.id);
            return (
              <tr key={c.id}>
                <th scope="row">{entry ? entryShort(t, entry, entries) : c.id}</th>
                <td>{answerText(t, c.from)}</td>
                <td>{answerText(t, c.to)}</td>
                <td>{changeText(t, c.change)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t(readinessText.compareTotal)}</th>
            <td>{totalText(fromScore)}</td>
            <td>{totalText(toScore)}</td>
            <td>{fromTotal !== null && toTotal !== null ? changeText(t, toTotal - fromTotal) : '–'}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
