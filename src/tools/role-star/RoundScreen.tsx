import { useEffect, useRef } from 'preact/hooks';
import { roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import type { CaseRecord } from '../../storage/db';
import { PrivateFold } from '../../tool-kit/PrivateFold';
import { setCurrent } from './actions';
import { roundName } from './chart-input';
import { Handover } from './Handover';
import { type RoundEntry, roundRaters, roundStage, type StarConfig, unansweredIds } from './model';
import { OwnStar } from './OwnStar';
import { roundPeopleNames } from './people';
import { PassedBanner, RatingScreen, TurnProgress } from './RatingScreen';
import { ReadyToReveal } from './ReadyToReveal';
import { Reveal } from './Reveal';
import { RoundDetails } from './RoundDetails';

/** One round: the screen follows from the stored data, so a reload resumes exactly where they were. */
export function RoundScreen(props: {
  caseRecord: CaseRecord;
  config: StarConfig;
  round: RoundEntry;
  rounds: RoundEntry[];
  base: string;
}) {
  const { t, lang, kind, formatDate } = useLang();
  const { round, caseRecord } = props;
  const stage = roundStage(round.data);
  const stageKey =
    stage.kind === 'rating' ? `rating-${stage.person}` : stage.kind === 'agreeing' ? 'complete' : stage.kind;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  // A new step (e.g. the next person's turn): focus its heading and show its start, so nothing of the last
  // step stays in view. A turn opens at its first open task (after a reload too). After the router's own
  // scroll to the top of a new page, hence the animation frame.
  useEffect(() => {
    const isFirst = first.current;
    first.current = false;
    if (isFirst && stage.kind !== 'rating') return;
    const frame = requestAnimationFrame(() => {
      headingRef.current?.focus({ preventScroll: true });
      if (stage.kind !== 'rating') {
        window.scrollTo({ top: 0 });
        return;
      }
      // The first open task in the middle of the screen (the sticky bar above says whose turn it is):
      // at 1024×768 the start of the section alone can leave the first task's answers below the fold.
      const open = unansweredIds(round.data, stage.person)[0];
      const item = open ? document.getElementById(`rate-item-${open}`) : null;
      if (item) item.scrollIntoView({ block: 'center' });
      else sectionRef.current?.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [stageKey]);

  const names = roundPeopleNames(caseRecord, lang, round.data.colleagueName, kind);
  const raters = roundRaters(round.data);
  const startedFrom = props.rounds.find((r) => r.id === round.data.startedFrom);
  const previous = props.rounds.find((r) => r.id === (round.data.previous ?? round.data.startedFrom));
  let body = null;
  switch (stage.kind) {
    case 'choose-first':
      body = (
        <div class="card rs-choose">
          <p>{t(roleStarText.chooseText)(raters.length)}</p>
          <div class="rs-choose-buttons">
            {raters.map((person) => (
              <button
                key={person}
                type="button"
                class={`btn rs-person-btn rs-person-${person}`}
                onClick={() => void setCurrent(round.id, person)}
              >
                {t(roleStarText.startsFirst)(names[person].Name)}
              </button>
            ))}
          </div>
        </div>
      );
      break;
    case 'rating':
      body = (
        <RatingScreen
          round={round}
          person={stage.person}
          names={names}
          config={props.config}
          startedFromName={startedFrom ? roundName(startedFrom.data, lang) : undefined}
        />
      );
      break;
    case 'handover':
      body = <Handover roundId={round.id} from={stage.from} to={stage.to} names={names} />;
      break;
    case 'ready':
      body = <ReadyToReveal round={round} names={names} />;
      break;
    case 'own':
      // The peer worker's own star: folded for whoever holds the tablet (issue 18).
      body = (
        <PrivateFold part="role-star.solo" caseRecord={caseRecord} written={null}>
          <OwnStar round={round} names={names} />
        </PrivateFold>
      );
      break;
    default:
      body = (
        <Reveal round={round} names={names} config={props.config} previous={previous} base={props.base} />
      );
  }
  const heading =
    stage.kind === 'choose-first'
      ? t(roleStarText.chooseHeading)
      : stage.kind === 'rating'
        ? t(roleStarText.ratingHeading)(names[stage.person].Name)
        : stage.kind === 'handover'
          ? t(roleStarText.handoverHeading)(names[stage.to].name)
          : stage.kind === 'ready'
            ? t(roleStarText.readyHeading)(raters.length)
            : stage.kind === 'own'
              ? t(roleStarText.ownHeading)
              : t(roleStarText.revealHeading)(raters.length);
  const person = stage.kind === 'rating' ? stage.person : stage.kind === 'handover' ? stage.to : null;
  const headingEl = (
    <h2 class="rs-stage-heading" ref={headingRef} tabIndex={-1}>
      {stage.kind === 'rating' && <span class="rs-turn-dot" aria-hidden="true" />}
      {heading}
    </h2>
  );
  return (
    <section
      ref={sectionRef}
      class={`rs-round-screen${person ? ` rs-turn-${person}` : ''}`}
      data-stage={stage.kind}
    >
      <p class="rs-round-meta">
        <a class="back-link rs-back" href={props.base}>
          ← {t(roleStarText.backToRounds)}
        </a>
        <span>
          {roundName(round.data, lang)}
          {round.data.date && ` · ${formatDate(round.data.date)}`}
        </span>
      </p>
      {stage.kind === 'rating' ? (
        <>
          <PassedBanner round={round} person={stage.person} names={names} />
          {/* Whose turn stays in view while scrolling: the name in their colour, and how far they are. */}
          <div class={`rs-turn-bar rs-person-${stage.person}`}>
            {headingEl}
            <TurnProgress round={round} person={stage.person} />
          </div>
        </>
      ) : (
        headingEl
      )}
      {body}
      {(stage.kind === 'choose-first' ||
        stage.kind === 'agreeing' ||
        stage.kind === 'complete' ||
        stage.kind === 'own') && <RoundDetails round={round} />}
    </section>
  );
}
