import { roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { setCurrent, setFinished } from './actions';
import type { Person } from './model';
import type { PersonNames } from './people';

/** Between the two ratings: nothing of the first person's answers, only whose turn it is now. */
export function Handover(props: {
  roundId: string;
  from: Person;
  to: Person;
  names: Record<Person, PersonNames>;
}) {
  const { t } = useLang();
  const { roundId, from, to, names } = props;
  return (
    <div class={`card rs-handover rs-person-${to}`}>
      <p class="rs-handover-icon" aria-hidden="true">
        ⇄
      </p>
      <p>{t(roleStarText.handoverText)(names[from].Genitive)}</p>
      <button type="button" class="btn btn-primary rs-big" onClick={() => void setCurrent(roundId, to)}>
        {t(roleStarText.handoverStart)(names[to].name)}
      </button>
      <p>
        <button type="button" class="btn btn-quiet" onClick={() => void setFinished(roundId, from, false)}>
          {t(roleStarText.handoverBack)(names[from].name)}
        </button>
      </p>
    </div>
  );
}
