import { roleStarText } from '../../../content/role-star';
import { RadarChart } from '../../chart/RadarChart';
import { RadarTable } from '../../chart/RadarTable';
import { useLang } from '../../i18n';
import { reopenTurn } from './actions';
import { canDrawStar, roundChartInput, roundName, valueLabel, valueWithNumber } from './chart-input';
import { type Person, type RoundEntry, roundLabel } from './model';
import { type PersonNames, seriesLabels } from './people';

/** The peer worker rated alone: their own star, its numbers, and the tasks from most to least central. */
export function OwnStar(props: { round: RoundEntry; names: Record<Person, PersonNames> }) {
  const { t, lang, kind } = useLang();
  const { round } = props;
  const data = round.data;
  const input = roundChartInput(data, lang, seriesLabels(props.names), { people: true, agreed: false }, kind);
  const name = roundName(data, lang);
  const ranked = data.dimensionIds
    .map((id, index) => ({ id, value: data.ratings.peer[id], index }))
    .sort(
      (a, b) =>
        (typeof b.value === 'number' ? b.value : -1) - (typeof a.value === 'number' ? a.value : -1) ||
        a.index - b.index,
    );
  return (
    <div class="rs-own">
      <p>{t(roleStarText.ownIntro)}</p>
      <div class="rs-reveal-top">
        <div class="rs-chart">
          {canDrawStar(input) && (
            <RadarChart
              input={input}
              title={t(roleStarText.chartTitle)(name)}
              description={t(roleStarText.ownChartDescription)}
            />
          )}
          <details class="disclosure">
            <summary>{t(roleStarText.tableToggle)}</summary>
            <div class="rs-table-wrap">
              <RadarTable
                input={input}
                caption={t(roleStarText.ownTableCaption)(name)}
                axisHeader={t(roleStarText.axisHeader)}
                formatValue={(v) => valueWithNumber(v, lang)}
              />
            </div>
          </details>
        </div>
        <ol class="rs-difference-list rs-own-list">
          {ranked.map((d) => (
            <li key={d.id}>
              <span class="rs-difference-name">{roundLabel(data, d.id, lang, kind)}</span>
              <span class="rs-gap">{valueLabel(d.value, lang)}</span>
            </li>
          ))}
        </ol>
      </div>
      <p>
        <button type="button" class="btn" onClick={() => void reopenTurn(round.id, 'peer')}>
          {t(roleStarText.ownBack)}
        </button>
      </p>
    </div>
  );
}
