import { roleStarScale, roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { TextField } from '../../ui/TextField';
import { agreeMany, setAgreed, setNote } from './actions';
import { roundName, valueLabel } from './chart-input';
import {
  type Difference,
  generalTasksWarning,
  isAgreementComplete,
  MAX_NOTE,
  type Person,
  type RoundEntry,
  roundLabel,
  roundRaters,
} from './model';
import { type RaterDifference, sameRatingAmong } from './raters';

/** For each dimension, differences first: the agreed value and a note. The agreed star is the outcome. */
export function AgreeList(props: {
  round: RoundEntry;
  list: (Difference | RaterDifference)[];
  labels: Record<Person, string>;
  /** The earlier agreed round, shown beside each task as the comparison. */
  previous?: RoundEntry;
  base: string;
}) {
  const { t, lang, kind } = useLang();
  const { round, list, labels, previous } = props;
  const data = round.data;
  const raters = roundRaters(data);
  const same = sameRatingAmong(data);
  const sameCount = Object.keys(same).length;
  const agreedCount = data.dimensionIds.filter((id) => data.agreed[id] !== undefined).length;
  const segments = roleStarScale.map((p) => ({ value: p.value as number, label: p.controlLabel[lang] }));
  const previousName = previous ? roundName(previous.data, lang) : '';
  const caseBase = props.base.replace(/\/role-star$/, '');
  return (
    <section class="rs-agree" aria-labelledby="rs-agree-heading">
      <h3 id="rs-agree-heading">{t(roleStarText.agreeHeading)}</h3>
      <p>{t(roleStarText.agreeIntro)}</p>
      {previous && (
        <div class="rs-previous-note">
          <p>
            <strong>{t(roleStarText.previousHeading)(previousName)}.</strong> {t(roleStarText.previousIntro)}
          </p>
          <a class="btn btn-quiet" href={`${props.base}?view=compare&a=${previous.id}&b=${round.id}`}>
            {t(roleStarText.compareWithPrevious)}
          </a>
        </div>
      )}
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
          const label = roundLabel(data, d.id, lang, kind);
          const before = previous?.data.agreed[d.id];
          return (
            <li key={d.id} class={`card rs-item${d.talk ? ' rs-talk' : ''}`}>
              <h4 class="rs-item-title">{label}</h4>
              <p class="rs-difference-values">
                {raters.map((p) => (
                  <span key={p} class={`rs-value-${p}`}>
                    {t(roleStarText.ratingLine)(labels[p], valueLabel(data.ratings[p][d.id], lang))}
                  </span>
                ))}
                {d.talk && <span class="rs-badge">{t(roleStarText.talkBadge)}</span>}
              </p>
              {previous && before !== undefined && (
                <p class="rs-previous-value">
                  {t(roleStarText.previousAgreed)(previousName, valueLabel(before, lang))}
                </p>
              )}
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
          <p>
            <a
              class="btn btn-primary"
              href={`${caseBase}/practicalities?focus=practicalities-functionDescription`}
            >
              {t(roleStarText.useForDescription)} →
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
