import { roleStarScale, roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { TextField } from '../../ui/TextField';
import { agreeMany, setAgreed, setNote } from './actions';
import { valueLabel } from './chart-input';
import {
  type Difference,
  generalTasksWarning,
  isAgreementComplete,
  MAX_NOTE,
  type Person,
  type RoundEntry,
  roundLabel,
  sameRatingSuggestions,
} from './model';

/** For each dimension, differences first: the agreed value and a note. The agreed star is the outcome. */
export function AgreeList(props: { round: RoundEntry; list: Difference[]; labels: Record<Person, string> }) {
  const { t, lang } = useLang();
  const { round, list, labels } = props;
  const data = round.data;
  const same = sameRatingSuggestions(data);
  const sameCount = Object.keys(same).length;
  const agreedCount = data.dimensionIds.filter((id) => data.agreed[id] !== undefined).length;
  const segments = roleStarScale.map((p) => ({ value: p.value as number, label: p.controlLabel[lang] }));
  return (
    <section class="rs-agree" aria-labelledby="rs-agree-heading">
      <h3 id="rs-agree-heading">{t(roleStarText.agreeHeading)}</h3>
      <p>{t(roleStarText.agreeIntro)}</p>
      <p class="rs-progress" aria-live="polite">
        <strong>{t(roleStarText.agreedProgress)(agreedCount, data.dimensionIds.length)}</strong>
      </p>
      {sameCount > 0 && (
        <button type="button" class="btn" onClick={() => void agreeMany(round.id, same)}>
          {t(roleStarText.useSame)(sameCount)}
        </button>
      )}
      <ol class="rs-items">
        {list.map((d) => {
          const label = roundLabel(data, d.id, lang);
          return (
            <li key={d.id} class={`card rs-item${d.talk ? ' rs-talk' : ''}`}>
              <h4 class="rs-item-title">{label}</h4>
              <p class="rs-difference-values">
                <span class="rs-value-manager">
                  {t(roleStarText.ratingLine)(labels.manager, valueLabel(d.manager, lang))}
                </span>
                <span class="rs-value-peer">
                  {t(roleStarText.ratingLine)(labels.peer, valueLabel(d.peer, lang))}
                </span>
                {d.talk && <span class="rs-badge">{t(roleStarText.talkBadge)}</span>}
              </p>
              <SegmentedControl<number>
                id={`agree-${d.id}`}
                legend={t(roleStarText.agreedLegend)(label)}
                segments={segments}
                value={data.agreed[d.id]}
                onChange={(value) => void setAgreed(round.id, d.id, value)}
              />
              <TextField
                label={t(roleStarText.noteLabel)}
                labelDetail={label}
                value={data.notes[d.id] ?? ''}
                save={(note) => setNote(round.id, d.id, note)}
                maxLength={MAX_NOTE}
              />
            </li>
          );
        })}
      </ol>
      {generalTasksWarning(data.agreed) && (
        <p class="banner banner-warning">{t(roleStarText.generalTasksWarning)}</p>
      )}
      {isAgreementComplete(data) && (
        <div class="banner rs-complete" role="status">
          <p>
            <strong>{t(roleStarText.completeHeading)}</strong>
          </p>
          <p>{t(roleStarText.completeText)}</p>
        </div>
      )}
    </section>
  );
}
