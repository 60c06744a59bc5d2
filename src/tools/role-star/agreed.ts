/** The agreed Role Star of a case, offered to other tools through the kit (src/tool-kit/offers.ts). */
import { roleStarScale } from '../../../content/role-star';
import type { Lang } from '../../../content/types';
import { caseKindOf } from '../../storage/cases';
import type { AgreedStar, AgreedStarSource } from '../../tool-kit/offers';
import { latestAgreedRound, normaliseRounds, roundLabel } from './model';

/** The most recent round with any agreed values, sorted by value (most central first); `null` if none. */
export function latestAgreedStar(snapshot: AgreedStarSource, lang: Lang): AgreedStar | null {
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
