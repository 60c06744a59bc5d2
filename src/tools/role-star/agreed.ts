/** The agreed Role Star of a case, for other tools (e.g. drafting the function description). */
import { roleStarScale } from '../../../content/role-star';
import type { Lang } from '../../../content/types';
import { type CaseSnapshot, caseKindOf } from '../../storage/cases';
import { latestAgreedRound, normaliseRounds, roundLabel } from './model';

export interface AgreedStar {
  roundName: string;
  /** ISO date `YYYY-MM-DD`, or '' when the round has none. */
  date: string;
  /** Every agreed dimension, most central first. */
  items: { id: string; label: string; value: number; valueLabel: string; note: string }[];
}

/** The most recent round with any agreed values, sorted by value (most central first); `null` if none. */
export function latestAgreedStar(snapshot: CaseSnapshot, lang: Lang): AgreedStar | null {
  const round = latestAgreedRound(normaliseRounds(snapshot.rounds));
  if (!round) return null;
  const { data } = round;
  const kind = caseKindOf(snapshot.case);
  const items = data.dimensionIds
    .filter((id) => data.agreed[id] !== undefined)
    .map((id) => {
      const value = data.agreed[id] as number;
      return {
        id,
        label: roundLabel(data, id, lang, kind),
        value,
        valueLabel: roleStarScale.find((p) => p.value === value)?.label[lang] ?? String(value),
        note: data.notes[id]?.trim() ?? '',
      };
    })
    .sort((a, b) => b.value - a.value);
  return { roundName: data.name, date: data.date, items };
}
