import { roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { setRoundDate, setRoundName } from './actions';
import { MAX_ROUND_NAME, type RoundEntry } from './model';

/** The round's name and date, editable (folded away, so the round's own step stays in front). */
export function RoundDetails(props: { round: RoundEntry }) {
  const { t } = useLang();
  const { round } = props;
  return (
    <details class="disclosure rs-round-details">
      <summary>{t(roleStarText.editRoundDetails)}</summary>
      <div class="rs-new-fields">
        <TextField
          label={t(roleStarText.roundName)}
          value={round.data.name}
          save={(name) => setRoundName(round.id, name)}
          maxLength={MAX_ROUND_NAME}
        />
        <TextField
          label={t(roleStarText.roundDate)}
          type="date"
          value={round.data.date}
          save={(date) => setRoundDate(round.id, date)}
        />
      </div>
    </details>
  );
}
