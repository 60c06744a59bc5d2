import { useState } from 'preact/hooks';
import { readinessText } from '../../../content/readiness';
import { useLang } from '../../i18n';
import { AddOwnItemButton } from '../../tool-kit/own-items/OwnItemControls';
import { READINESS_TOOL, type ReadinessEntry, type ReadinessRound, scoreRound } from './model';
import { ReadinessItemCard } from './ReadinessItemCard';

const ADD_ID = 'readiness-add-own';

/** The statements of one round, the workplace's own included, and adding another own statement. */
export function ReadinessItems(props: {
  caseId: string;
  round: ReadinessRound;
  entries: readonly ReadinessEntry[];
}) {
  const { t } = useLang();
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const { round, entries } = props;
  const score = scoreRound(
    round.answers,
    entries.map((e) => e.id),
  );
  return (
    <section class="readiness-items" aria-labelledby="readiness-items-heading">
      <div class="readiness-items-head">
        <h2 id="readiness-items-heading">{t(readinessText.itemsHeading)}</h2>
        <p class="muted" aria-live="polite">
          {t(readinessText.answered)(score.answered, score.itemCount)}
        </p>
      </div>
      <ol class="readiness-list">
        {entries.map((entry, index) => (
          <li key={entry.id}>
            <ReadinessItemCard
              caseId={props.caseId}
              number={index + 1}
              entry={entry}
              entries={entries}
              roundId={round.id}
              answer={round.answers[entry.id]}
              note={round.notes[entry.id] ?? ''}
              autoFocus={justAdded === entry.id}
              addButtonId={ADD_ID}
            />
          </li>
        ))}
      </ol>
      <div class="readiness-own">
        <h3>{t(readinessText.ownHeading)}</h3>
        <p class="muted">{t(readinessText.ownIntro)}</p>
        <AddOwnItemButton
          caseId={props.caseId}
          tool={READINESS_TOOL}
          id={ADD_ID}
          label={t(readinessText.addOwn)}
          onAdded={setJustAdded}
        />
      </div>
    </section>
  );
}
