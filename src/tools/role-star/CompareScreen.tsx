import { roleStarText } from '../../../content/role-star';
import { RadarChart } from '../../chart/RadarChart';
import { RadarTable } from '../../chart/RadarTable';
import { useLang } from '../../i18n';
import { useLocation } from '../../router/router';
import { SelectField } from '../../ui/Field';
import { ChangeList } from './ChangeList';
import { canDrawStar, compareChartInput, roundName, valueWithNumber } from './chart-input';
import { compareRounds, generalTasksWarning, type RoundEntry } from './model';
import { WIDE_FROM } from './Reveal';

/** Two rounds' agreed stars on one chart, with the table and the list of what changed. */
export function CompareScreen(props: { rounds: RoundEntry[]; base: string; a?: string; b?: string }) {
  const { t, lang, kind, formatDate } = useLang();
  const { route } = useLocation();
  const { rounds, base } = props;
  const back = (
    <p>
      <a class="back-link" href={base}>
        ← {t(roleStarText.backToRounds)}
      </a>
    </p>
  );
  const a = rounds.find((r) => r.id === props.a) ?? rounds.at(-2);
  const b = rounds.find((r) => r.id === props.b) ?? rounds.at(-1);
  if (!a || !b) {
    return (
      <section class="rs-compare">
        {back}
        <h2>{t(roleStarText.compareHeading)}</h2>
        <p>{t(roleStarText.compareNeedsTwo)}</p>
      </section>
    );
  }
  const title = (r: RoundEntry) =>
    r.data.date ? `${roundName(r.data, lang)} (${formatDate(r.data.date)})` : roundName(r.data, lang);
  const nameA = title(a);
  const nameB = title(b);
  const input = compareChartInput({ name: nameA, data: a.data }, { name: nameB, data: b.data }, lang, kind);
  const pick = (which: 'a' | 'b', id: string) =>
    route(`${base}?view=compare&a=${which === 'a' ? id : a.id}&b=${which === 'b' ? id : b.id}`, true);
  const picker = (which: 'a' | 'b', value: RoundEntry) => (
    <SelectField
      id={`rs-compare-${which}`}
      label={t(which === 'a' ? roleStarText.pickA : roleStarText.pickB)}
      value={value.id}
      options={rounds.map((r) => ({ value: r.id, label: title(r) }))}
      onChange={(id) => pick(which, id)}
    />
  );
  return (
    <section class="rs-compare" aria-labelledby="rs-compare-heading">
      {back}
      <h2 id="rs-compare-heading">{t(roleStarText.compareHeading)}</h2>
      <p>{t(roleStarText.compareIntro)}</p>
      <div class="rs-compare-pickers">
        {picker('a', a)}
        {picker('b', b)}
      </div>
      <div class={`rs-reveal-top${input.axes.length > WIDE_FROM ? ' rs-wide' : ''}`}>
        <div class="rs-chart">
          {canDrawStar(input) && (
            <RadarChart
              input={input}
              title={t(roleStarText.compareChartTitle)(nameA, nameB)}
              description={t(roleStarText.compareChartDescription)}
            />
          )}
          <details class="disclosure">
            <summary>{t(roleStarText.tableToggle)}</summary>
            <div class="rs-table-wrap">
              <RadarTable
                input={input}
                caption={t(roleStarText.compareTableCaption)}
                axisHeader={t(roleStarText.axisHeader)}
                formatValue={(v) => valueWithNumber(v, lang)}
              />
            </div>
          </details>
        </div>
        <div>
          <ChangeList
            a={a.data}
            b={b.data}
            nameB={roundName(b.data, lang)}
            changes={compareRounds(a.data, b.data)}
          />
          {generalTasksWarning(b.data.agreed) && (
            <p class="banner banner-warning">{t(roleStarText.generalTasksWarning)}</p>
          )}
        </div>
      </div>
    </section>
  );
}
