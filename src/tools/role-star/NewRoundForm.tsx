import { useState } from 'preact/hooks';
import { MIN_DIMENSIONS, roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import type { CaseRecord } from '../../storage/db';
import { todayIso } from '../../tool-kit/normalise';
import { InputField } from '../../ui/Field';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { startRound } from './actions';
import {
  latestAgreedRound,
  MAX_COLLEAGUE_NAME,
  type Person,
  type RoundEntry,
  type StarConfig,
  visibleDimensions,
} from './model';
import { roundPeopleNames } from './people';
import { MODE_RATERS, newBlindRoundData, type RoundMode } from './raters';

/**
 * A new round in one tap: who rates (the two, with a colleague, or the peer worker alone) and then the
 * person who starts, which starts the round at once. Name and date have defaults and fold away.
 */
export function NewRoundForm(props: {
  caseRecord: CaseRecord;
  config: StarConfig;
  rounds: RoundEntry[];
  onStarted: (roundId: string) => void;
}) {
  const { t, lang, kind, formatDate } = useLang();
  const previous = latestAgreedRound(props.rounds);
  const [name, setName] = useState(() =>
    t(props.rounds.length === 0 ? roleStarText.firstRoundName : roleStarText.laterRoundName),
  );
  const [date, setDate] = useState(todayIso);
  const [mode, setMode] = useState<RoundMode>('together');
  const [colleagueName, setColleagueName] = useState('');
  const [busy, setBusy] = useState(false);
  const enough = visibleDimensions(props.config, lang, kind).length >= MIN_DIMENSIONS;
  const names = roundPeopleNames(props.caseRecord, lang, colleagueName, kind);

  const start = async (first: Person) => {
    if (!enough || busy) return;
    setBusy(true);
    const data = newBlindRoundData(props.config, lang, {
      name: name.trim(),
      date,
      mode,
      first,
      colleagueName,
      kind,
      ...(previous ? { previous: previous.id } : {}),
    });
    try {
      props.onStarted(await startRound(props.caseRecord.id, data));
    } finally {
      setBusy(false);
    }
  };

  const modes: { value: RoundMode; label: string; hint: string }[] = [
    { value: 'together', label: t(roleStarText.modeTogether), hint: t(roleStarText.modeTogetherHint) },
    { value: 'colleague', label: t(roleStarText.modeColleague), hint: t(roleStarText.modeColleagueHint) },
    { value: 'solo', label: t(roleStarText.modeSolo), hint: t(roleStarText.modeSoloHint) },
  ];
  const raters = MODE_RATERS[mode];
  return (
    <section class="card rs-new" aria-labelledby="rs-new-heading">
      <h2 id="rs-new-heading">{t(roleStarText.newRoundHeading)}</h2>
      <form onSubmit={(e) => e.preventDefault()}>
        <SegmentedControl<RoundMode>
          legend={t(roleStarText.modeLegend)}
          segments={modes}
          value={mode}
          showHints
          name="rs-new-mode"
          onChange={setMode}
        />
        {mode === 'colleague' && (
          <InputField
            id="rs-new-colleague"
            label={t(roleStarText.colleagueNameLabel)}
            value={colleagueName}
            maxLength={MAX_COLLEAGUE_NAME}
            onInput={setColleagueName}
          />
        )}
        <details class="disclosure rs-new-details">
          <summary>
            {t(roleStarText.roundDetailsToggle)(
              name.trim() || t(roleStarText.untitledRound),
              date ? formatDate(date) : '',
            )}
          </summary>
          <div class="rs-new-fields">
            <InputField
              id="rs-new-name"
              label={t(roleStarText.roundName)}
              hint={t(roleStarText.roundNameHint)}
              value={name}
              maxLength={120}
              onInput={setName}
            />
            <InputField
              id="rs-new-date"
              label={t(roleStarText.roundDate)}
              type="date"
              value={date}
              onInput={setDate}
            />
          </div>
        </details>
        {!enough && <p class="banner banner-warning">{t(roleStarText.tooFewToStart)}</p>}
        <h3 class="rs-start-heading">
          {t(raters.length === 1 ? roleStarText.newRoundHeading : roleStarText.startHeading)}
        </h3>
        {raters.length > 1 && <p class="muted">{t(roleStarText.startHint)}</p>}
        <div class="rs-choose-buttons">
          {raters.map((person) => (
            <button
              key={person}
              type="button"
              class={`btn rs-person-btn rs-person-${person}`}
              disabled={!enough || busy}
              onClick={() => void start(person)}
            >
              {raters.length === 1
                ? t(roleStarText.startSolo)(names[person].Name)
                : t(roleStarText.startsFirst)(names[person].Name)}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}
