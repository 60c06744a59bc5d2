import { useState } from 'preact/hooks';
import { MIN_DIMENSIONS, roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { startRound } from './actions';
import { roundName } from './chart-input';
import {
  latestAgreedRound,
  newRoundData,
  type RoundEntry,
  type StarConfig,
  visibleDimensions,
} from './model';

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Name and date of a new round and, when there is an agreed star, the choice to start from it. */
export function NewRoundForm(props: {
  caseId: string;
  config: StarConfig;
  rounds: RoundEntry[];
  onStarted: (roundId: string) => void;
}) {
  const { t, lang } = useLang();
  const from = latestAgreedRound(props.rounds);
  const [name, setName] = useState(() =>
    t(props.rounds.length === 0 ? roleStarText.firstRoundName : roleStarText.laterRoundName),
  );
  const [date, setDate] = useState(todayIso);
  const [useAgreed, setUseAgreed] = useState(true);
  const [busy, setBusy] = useState(false);
  const enough = visibleDimensions(props.config, lang).length >= MIN_DIMENSIONS;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!enough || busy) return;
    setBusy(true);
    const data = newRoundData(
      props.config,
      lang,
      name.trim(),
      date,
      useAgreed && from ? { id: from.id, round: from.data } : undefined,
    );
    try {
      props.onStarted(await startRound(props.caseId, data));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card rs-new" aria-labelledby="rs-new-heading">
      <h2 id="rs-new-heading">{t(roleStarText.newRoundHeading)}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <div class="rs-new-fields">
          <div class="field">
            <label class="field-label" for="rs-new-name">
              {t(roleStarText.roundName)}
            </label>
            <span class="field-hint" id="rs-new-name-hint">
              {t(roleStarText.roundNameHint)}
            </span>
            <input
              id="rs-new-name"
              class="field-input"
              value={name}
              maxLength={120}
              aria-describedby="rs-new-name-hint"
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label class="field-label" for="rs-new-date">
              {t(roleStarText.roundDate)}
            </label>
            <input
              id="rs-new-date"
              class="field-input"
              type="date"
              value={date}
              onInput={(e) => setDate(e.currentTarget.value)}
            />
          </div>
        </div>
        {from && (
          <label class="rs-check">
            <input
              type="checkbox"
              checked={useAgreed}
              onChange={(e) => setUseAgreed(e.currentTarget.checked)}
            />
            <span>
              {t(roleStarText.startFromAgreed)(roundName(from.data, lang))}
              <span class="muted rs-check-hint">{t(roleStarText.startFromAgreedHint)}</span>
            </span>
          </label>
        )}
        {!enough && <p class="banner banner-warning">{t(roleStarText.tooFewToStart)}</p>}
        <button type="submit" class="btn btn-primary" disabled={!enough || busy}>
          {t(roleStarText.startRound)}
        </button>
      </form>
    </section>
  );
}
