import { roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { reveal } from './actions';

/** Both are done: one button shows the two stars together. */
export function ReadyToReveal(props: { roundId: string }) {
  const { t } = useLang();
  return (
    <div class="card rs-ready">
      <p>{t(roleStarText.readyText)}</p>
      <button type="button" class="btn btn-primary rs-big" onClick={() => void reveal(props.roundId)}>
        {t(roleStarText.reveal)}
      </button>
    </div>
  );
}
