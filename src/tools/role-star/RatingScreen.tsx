import { useCallback, useRef, useState } from 'preact/hooks';
import { roleStarScale, roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { finishTurn, reopenTurn } from './actions';
import { dimensionDescription } from './describe';
import {
  nextRater,
  type Person,
  type RoundEntry,
  ratedCount,
  roundLabel,
  roundRaters,
  type StarConfig,
  unansweredIds,
} from './model';
import { bringIntoView } from './motion';
import type { PersonNames } from './people';
import { RatingItem } from './RatingItem';

/** Focuses the first radio of a dimension's control (used by "missing answers" and the chart's labels). */
export function focusControl(controlId: string): void {
  const control = document.getElementById(controlId);
  bringIntoView(control);
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
  const { t, lang, kind } = useLang();
  const { round, person, names } = props;
  const [missing, setMissing] = useState(0);
  const data = round.data;
  // The tasks read the round's data when tapped, through one function that stays the same, so a
  // task renders only when its own answer changes.
  const latest = useRef(data);
  latest.current = data;
  const currentRound = useCallback(() => latest.current, []);
  const raters = roundRaters(data);
  const total = data.dimensionIds.length;
  const done = ratedCount(data, person);
  const ratings = data.ratings[person];
  const next = nextRater(data, person);
  const others = raters.filter((p) => p !== person);

  const finish = () => {
    const open = unansweredIds(data, person);
    setMissing(open.length);
    if (open[0]) {
      focusControl(`rate-${open[0]}`);
      return;
    }
    void finishTurn(round.id, person);
  };

  const intro =
    others.length === 0
      ? t(roleStarText.soloRatingText)
      : t(roleStarText.ratingText)(others.map((p) => names[p].Genitive).join(' / '));
  const autoNote = next
    ? t(roleStarText.autoPassNote)(names[next].name)
    : others.length === 0
      ? t(roleStarText.autoOwnNote)
      : t(roleStarText.autoReadyNote);
  return (
    <div class={`rs-rating rs-person-${person}`}>
      <p>{intro}</p>
      {props.startedFromName && <p class="muted">{t(roleStarText.startedFromNote)(props.startedFromName)}</p>}
      <details class="disclosure">
        <summary>{t(roleStarText.scaleHelp)}</summary>
        <dl class="rs-scale">
          {roleStarScale.map((point) => (
            <div key={point.value}>
              <dt>
                {point.value} · {point.label[lang]}
              </dt>
              <dd>{t(point.description)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p class="muted">{autoNote}</p>
      <ol class="rs-items">
        {data.dimensionIds.map((id, index) => (
          <RatingItem
            key={id}
            roundId={round.id}
            currentRound={currentRound}
            id={id}
            number={index + 1}
            controlId={`rate-${id}`}
            value={ratings[id]}
            person={person}
            label={roundLabel(data, id, lang, kind)}
            description={dimensionDescription(props.config, id, lang, kind) ?? null}
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
          {next ? t(roleStarText.finishTo)(names[next].name) : t(roleStarText.finishLast)}
        </button>
      </div>
    </div>
  );
}

/** The top of a person's turn: after a hand-over, whose answers were hidden and the way back for them. */
export function PassedBanner(props: {
  round: RoundEntry;
  person: Person;
  names: Record<Person, PersonNames>;
}) {
  const { t } = useLang();
  const { round, person, names } = props;
  const lastDone = roundRaters(round.data)
    .filter((p) => p !== person && round.data.finished[p])
    .at(-1);
  if (!lastDone) return null;
  return (
    <div class={`rs-passed rs-person-${person}`}>
      <p class="rs-passed-text">
        <span class="rs-passed-icon" aria-hidden="true">
          ⇄
        </span>{' '}
        {t(roleStarText.passedBanner)(names[lastDone].Genitive, names[person].name)}
      </p>
      <button type="button" class="btn btn-quiet" onClick={() => void reopenTurn(round.id, lastDone)}>
        {t(roleStarText.handoverBack)(names[lastDone].name)}
      </button>
    </div>
  );
}

/** The whose-turn bar: stays in view while scrolling, names the person in their colour, counts the answers. */
export function TurnProgress(props: { round: RoundEntry; person: Person }) {
  const { t } = useLang();
  const done = ratedCount(props.round.data, props.person);
  return (
    <p class="rs-progress" aria-live="polite">
      <strong>{t(roleStarText.progress)(done, props.round.data.dimensionIds.length)}</strong>{' '}
      {t(roleStarText.progressLabel)}
    </p>
  );
}
