import { useState } from 'preact/hooks';
import { roleStarScale, roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { setFinished } from './actions';
import {
  otherPerson,
  type Person,
  type RoundEntry,
  ratedCount,
  type StarConfig,
  unansweredIds,
} from './model';
import type { PersonNames } from './people';
import { RatingItem } from './RatingItem';

/** Focuses the first radio of a dimension's control (used by "missing answers" and the chart's labels). */
export function focusControl(controlId: string): void {
  const control = document.getElementById(controlId);
  control?.scrollIntoView({ block: 'center' });
  (
    control?.querySelector<HTMLInputElement>('input:checked') ??
    control?.querySelector<HTMLInputElement>('input')
  )?.focus({
    preventScroll: true,
  });
}

/** One person rates every dimension; only their own answers are on the page. */
export function RatingScreen(props: {
  round: RoundEntry;
  person: Person;
  names: Record<Person, PersonNames>;
  startedFromName?: string;
  config: StarConfig;
}) {
  const { t, lang } = useLang();
  const { round, person, names } = props;
  const [missing, setMissing] = useState(0);
  const other = otherPerson(person);
  const total = round.data.dimensionIds.length;
  const done = ratedCount(round.data, person);
  const ratings = round.data.ratings[person];
  const otherDone = round.data.finished[other] === true;

  const finish = () => {
    const open = unansweredIds(round.data, person);
    setMissing(open.length);
    if (open[0]) {
      focusControl(`rate-${open[0]}`);
      return;
    }
    void setFinished(round.id, person, true);
  };

  return (
    <div class={`rs-rating rs-person-${person}`}>
      <p>{t(roleStarText.ratingText)(names[other].Genitive)}</p>
      {props.startedFromName && <p class="muted">{t(roleStarText.startedFromNote)(props.startedFromName)}</p>}
      <details class="disclosure">
        <summary>{t(roleStarText.scaleHelp)}</summary>
        <dl class="rs-scale">
          {roleStarScale.map((point) => (
            <div key={point.value}>
              <dt>
                {point.value} · {point.label[lang]}
              </dt>
              <dd>{point.description[lang]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p class="rs-progress" aria-live="polite">
        <strong>{t(roleStarText.progress)(done, total)}</strong> {t(roleStarText.progressLabel)}
      </p>
      <ol class="rs-items">
        {round.data.dimensionIds.map((id, index) => (
          <RatingItem
            key={id}
            roundId={round.id}
            round={round.data}
            id={id}
            number={index + 1}
            controlId={`rate-${id}`}
            value={ratings[id]}
            person={person}
            config={props.config}
          />
        ))}
      </ol>
      <div class="rs-finish">
        {missing > 0 && done < total && (
          <p class="banner banner-warning" role="alert">
            {t(roleStarText.missing)(total - done)}
          </p>
        )}
        <button type="button" class="btn btn-primary rs-big" onClick={finish}>
          {t(otherDone ? roleStarText.finishLast : roleStarText.finishPass)}
        </button>
      </div>
    </div>
  );
}
