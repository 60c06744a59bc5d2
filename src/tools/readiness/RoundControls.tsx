import { readinessText } from '../../../content/readiness';
import { useLang } from '../../i18n';
import { SelectField } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { removeReadinessRound, setRoundDetail } from './actions';
import { roundName as defaultName, roundTitle } from './labels';
import type { ReadinessRound } from './model';

/** Which round is shown, its name and date, and starting a new round or deleting this one. */
export function RoundControls(props: {
  rounds: readonly ReadinessRound[];
  round: ReadinessRound;
  onSelect: (id: string) => void;
  onTakeAgain: () => void;
  onDeleted: () => void;
}) {
  const { t, formatDate } = useLang();
  const { round, rounds } = props;
  const roundName = (r: ReadinessRound) => roundTitle(t, formatDate, r, rounds);
  const remove = async () => {
    await removeReadinessRound(round.id, {
      message: t(readinessText.roundDeleted),
      undo: t(readinessText.undo),
    });
    props.onDeleted();
    document.getElementById('readiness-take-again')?.focus();
  };
  return (
    <section class="card readiness-round" aria-label={t(readinessText.roundLabel)}>
      {rounds.length > 1 && (
        <SelectField
          id="readiness-round-select"
          label={t(readinessText.roundLabel)}
          value={round.id}
          options={rounds.map((r) => ({ value: r.id, label: roundName(r) }))}
          onChange={props.onSelect}
        />
      )}
      <div class="readiness-round-fields" key={round.id}>
        <TextField
          label={t(readinessText.roundName)}
          hint={t(readinessText.roundNameHint)(
            defaultName(t, '', rounds.findIndex((r) => r.id === round.id) + 1),
          )}
          value={round.name}
          maxLength={80}
          save={(value) => setRoundDetail(round.id, 'name', value)}
        />
        <TextField
          label={t(readinessText.roundDate)}
          type="date"
          value={round.date}
          save={(value) => setRoundDetail(round.id, 'date', value)}
        />
      </div>
      <div class="readiness-round-actions">
        <button
          type="button"
          id="readiness-take-again"
          class="btn"
          aria-describedby="readiness-take-again-hint"
          onClick={props.onTakeAgain}
        >
          {t(readinessText.takeAgain)}
        </button>
        <span class="muted" id="readiness-take-again-hint">
          {t(readinessText.takeAgainHint)}
        </span>
        <button type="button" class="btn btn-quiet readiness-delete" onClick={() => void remove()}>
          {t(readinessText.deleteRound)}
        </button>
      </div>
    </section>
  );
}
