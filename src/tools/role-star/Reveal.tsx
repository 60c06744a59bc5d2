import { roleStarText, TALK_GAP } from '../../../content/role-star';
import { RadarChart } from '../../chart/RadarChart';
import { RadarTable } from '../../chart/RadarTable';
import { useLang } from '../../i18n';
import { AgreeList } from './AgreeList';
import { canDrawStar, roundChartInput, roundName, valueWithNumber } from './chart-input';
import { DifferenceList } from './DifferenceList';
import { type Person, type RoundEntry, roundRaters, type StarConfig } from './model';
import { type PersonNames, seriesLabels } from './people';
import { focusControl } from './RatingScreen';
import { differencesAmong } from './raters';

/** Above this many dimensions the star takes the full width. */
export const WIDE_FROM = 14;

/** Both stars together, the differences first, then agreeing on the shared star. */
export function Reveal(props: {
  round: RoundEntry;
  names: Record<Person, PersonNames>;
  config: StarConfig;
  /** The earlier agreed round shown as the comparison. */
  previous?: RoundEntry;
  base: string;
}) {
  const { t, lang, kind } = useLang();
  const { round, names } = props;
  const labels = seriesLabels(names);
  const three = roundRaters(round.data).length === 3;
  const hasAgreed = Object.keys(round.data.agreed).length > 0;
  const input = roundChartInput(round.data, lang, labels, { people: true, agreed: hasAgreed }, kind);
  const list = differencesAmong(round.data, TALK_GAP);
  const name = roundName(round.data, lang);
  return (
    <div class="rs-reveal">
      {/* Many spokes need the full width to keep their names readable. */}
      <div class={`rs-reveal-top${input.axes.length > WIDE_FROM ? ' rs-wide' : ''}`}>
        <div class="rs-chart">
          {canDrawStar(input) && (
            <>
              <RadarChart
                input={input}
                title={t(roleStarText.chartTitle)(name)}
                description={t(three ? roleStarText.chartDescriptionThree : roleStarText.chartDescription)}
                onAxisClick={(id) => focusControl(`agree-${id}`)}
              />
              <p class="muted rs-chart-hint">{t(roleStarText.chartHint)}</p>
            </>
          )}
          <details class="disclosure">
            <summary>{t(roleStarText.tableToggle)}</summary>
            <div class="rs-table-wrap">
              <RadarTable
                input={input}
                caption={t(roleStarText.tableCaption)(name)}
                axisHeader={t(roleStarText.axisHeader)}
                formatValue={(v) => valueWithNumber(v, lang)}
              />
            </div>
          </details>
        </div>
        <DifferenceList round={round.data} list={list} />
      </div>
      <AgreeList round={round} list={list} labels={labels} previous={props.previous} base={props.base} />
    </div>
  );
}
