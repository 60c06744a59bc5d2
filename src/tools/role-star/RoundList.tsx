import { roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { useLocation } from '../../router/router';
import type { CaseRecord } from '../../storage/db';
import { removeStarRound } from './actions';
import { roundName } from './chart-input';
import { type RoundEntry, roundStage, type StarConfig, visibleDimensions } from './model';
import { NewRoundForm } from './NewRoundForm';
import { roundMode } from './raters';

/** Every round of the case with where it stands, and the way to start, adjust and compare. */
export function RoundList(props: {
  caseRecord: CaseRecord;
  config: StarConfig;
  rounds: RoundEntry[];
  base: string;
}) {
  const { t, lang, kind, formatDate } = useLang();
  const { route } = useLocation();
  const { rounds, base } = props;
  const status = (round: RoundEntry) => {
    const stage = roundStage(round.data);
    const agreed = round.data.dimensionIds.filter((id) => round.data.agreed[id] !== undefined).length;
    switch (stage.kind) {
      case 'choose-first':
        return t(roleStarText.status.notStarted);
      case 'rating':
      case 'handover':
        return t(roleStarText.status.rating);
      case 'ready':
        return t(roleStarText.status.ready);
      case 'agreeing':
        return t(roleStarText.status.agreeing)(agreed, round.data.dimensionIds.length);
      case 'complete':
        return t(roleStarText.status.complete);
      case 'own':
        return t(roleStarText.statusOwn);
    }
  };
  const remove = async (round: RoundEntry) => {
    await removeStarRound(round.id, { message: t(roleStarText.roundDeleted), undo: t(roleStarText.undo) });
  };
  const form = (
    <NewRoundForm
      caseRecord={props.caseRecord}
      config={props.config}
      rounds={rounds}
      onStarted={(id) => route(`${base}?round=${id}`)}
    />
  );
  return (
    <div class="rs-list">
      <ol class="rs-steps">
        {roleStarText.steps.map((step) => (
          <li key={step.da}>{t(step)}</li>
        ))}
      </ol>
      {/* A first round is the one thing to do here, so its form comes first. */}
      {rounds.length === 0 && form}
      <section aria-labelledby="rs-rounds-heading">
        <h2 id="rs-rounds-heading">{t(roleStarText.roundsHeading)}</h2>
        {rounds.length === 0 ? (
          <p class="muted">{t(roleStarText.noRounds)}</p>
        ) : (
          <ul class="rs-rounds">
            {[...rounds].reverse().map((round) => {
              const name = roundName(round.data, lang);
              const mode = roundMode(round.data);
              return (
                <li key={round.id} class="card rs-round">
                  <a class="rs-round-link" href={`${base}?round=${round.id}`}>
                    <span class="rs-round-name">
                      {name}
                      {mode !== 'together' && (
                        <span class="rs-badge rs-badge-muted">
                          {t(mode === 'solo' ? roleStarText.soloBadge : roleStarText.colleagueBadge)}
                        </span>
                      )}
                    </span>
                    <span class="muted rs-round-status">
                      {t(roleStarText.roundMeta)(
                        round.data.date ? formatDate(round.data.date) : '',
                        status(round),
                      )}
                    </span>
                  </a>
                  <button
                    type="button"
                    class="btn btn-quiet"
                    aria-label={t(roleStarText.deleteRound)(name)}
                    onClick={() => void remove(round)}
                  >
                    {t(roleStarText.delete)}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <p class="rs-links">
          <a class="btn" href={`${base}?view=dimensions`}>
            {t(roleStarText.dimensionsLink)(visibleDimensions(props.config, lang, kind).length)}
          </a>
          {rounds.length >= 2 && (
            <a class="btn" href={`${base}?view=compare`}>
              {t(roleStarText.compareLink)}
            </a>
          )}
        </p>
      </section>
      {rounds.length > 0 && form}
    </div>
  );
}
