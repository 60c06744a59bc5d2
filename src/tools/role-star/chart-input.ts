/** Turns a round (or two) into the chart's input; shared by the screens and the report. Pure. */
import {
  MAX_DIMENSIONS,
  MIN_DIMENSIONS,
  ROLE_STAR_MAX,
  ROLE_STAR_MIN,
  roleStarScale,
  roleStarText,
} from '../../../content/role-star';
import type { CaseKind, Lang } from '../../../content/types';
import type { RadarInput, RadarSeries } from '../../chart/types';
import { type Person, type Rating, type RoundData, ratingValue, roundLabel, roundRaters } from './model';

/** The scale's label for a value: "Vigtig del"; "Sprunget over" for a skip; "Ikke besvaret" when empty. */
export function valueLabel(value: Rating | null | undefined, lang: Lang): string {
  if (value === 'skip') return roleStarText.skipped[lang];
  if (value === null || value === undefined) return roleStarText.notAnswered[lang];
  return roleStarScale.find((p) => p.value === value)?.label[lang] ?? String(value);
}

/** "3 · Vigtig del", for tables where both number and meaning help. */
export function valueWithNumber(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? '–' : `${value} · ${valueLabel(value, lang)}`;
}

export function tickLabels(lang: Lang): string[] {
  return roleStarScale.map((p) => p.label[lang]);
}

/** The chart needs at least three spokes. */
export function canDrawStar(input: RadarInput): boolean {
  return input.axes.length >= MIN_DIMENSIONS;
}

/** One round: the chosen people's ratings and, once there are any, the agreed values. */
export function roundChartInput(
  round: RoundData,
  lang: Lang,
  seriesLabels: Readonly<Record<Person, string>>,
  show: { people: boolean; agreed: boolean },
  kind: CaseKind = 'employment',
): RadarInput {
  const axes = round.dimensionIds.map((id) => ({ id, label: roundLabel(round, id, lang, kind) }));
  const series: RadarSeries[] = [];
  if (show.people) {
    for (const person of roundRaters(round)) {
      const values: Record<string, number | null> = {};
      for (const id of round.dimensionIds) values[id] = ratingValue(round.ratings[person][id]);
      series.push({ id: person, label: seriesLabels[person], style: person, values });
    }
  }
  if (show.agreed) {
    series.push({
      id: 'agreed',
      label: roleStarText.agreed[lang],
      style: 'agreed',
      values: { ...round.agreed },
    });
  }
  return { axes, series, min: ROLE_STAR_MIN, max: ROLE_STAR_MAX, tickLabels: tickLabels(lang) };
}

/** Two rounds' agreed stars on one chart, over every dimension of either round. */
export function compareChartInput(
  a: { name: string; data: RoundData },
  b: { name: string; data: RoundData },
  lang: Lang,
  kind: CaseKind = 'employment',
): RadarInput {
  const ids = [
    ...b.data.dimensionIds,
    ...a.data.dimensionIds.filter((id) => !b.data.dimensionIds.includes(id)),
  ];
  const axes = ids.map((id) => ({
    id,
    label: roundLabel(b.data.dimensionIds.includes(id) ? b.data : a.data, id, lang, kind),
  }));
  return {
    axes: axes.slice(0, MAX_DIMENSIONS),
    series: [
      { id: 'a', label: a.name, style: 'roundA', values: { ...a.data.agreed } },
      { id: 'b', label: b.name, style: 'roundB', values: { ...b.data.agreed } },
    ],
    min: ROLE_STAR_MIN,
    max: ROLE_STAR_MAX,
    tickLabels: tickLabels(lang),
  };
}

/** A round's name as shown: its own name, or "Runde uden navn". */
export function roundName(round: RoundData, lang: Lang): string {
  return round.name.trim() || roleStarText.untitledRound[lang];
}
