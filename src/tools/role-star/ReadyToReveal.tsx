import { roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { reopenTurn, reveal } from './actions';
import { type Person, type RoundEntry, roundRaters } from './model';
import type { PersonNames } from './people';

/** Everyone is done: one button shows the stars together; the last to rate can still go back. */
export function ReadyToReveal(props: { round: RoundEntry; names: Record<Person, PersonNames> }) {
  const { t } = useLang();
  const { round, names } = props;
  const last = round.data.current;
  return (
    <div class="card rs-ready">
      <p>{t(roleStarText.readyText)(roundRaters(round.data).length)}</p>
      <button type="button" class="btn btn-primary rs-big" onClick={() => void reveal(round.id)}>
        {t(roleStarText.reveal)}
      </button>
      {last && (
        <p>
          <button type="button" class="btn btn-quiet" onClick={() => void reopenTurn(round.id, last)}>
            {t(roleStarText.readyBack)(names[last].name)}
          </button>
        </p>
      )}
    </div>
  );
}
