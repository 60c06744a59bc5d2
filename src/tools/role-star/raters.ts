/**
 * Rounds with one, two or three raters (the peer worker alone; manager and peer worker; the two and a
 * colleague), pure. Differences, shared values, a new blind round and what a rating completes.
 */
import type { CaseKind, Lang } from '../../../content/types';
import {
  type Difference,
  MAX_COLLEAGUE_NAME,
  newRoundData,
  PEOPLE,
  type Person,
  type Rating,
  type RoundData,
  roundRaters,
  type StarConfig,
} from './model';

/** The three ways to take a round. */
export type RoundMode = 'together' | 'colleague' | 'solo';

export const MODE_RATERS: Readonly<Record<RoundMode, readonly Person[]>> = {
  together: PEOPLE,
  colleague: ['manager', 'peer', 'colleague'],
  solo: ['peer'],
};

/** A round's mode, read from its raters. */
export function roundMode(round: Pick<RoundData, 'raters'>): RoundMode {
  const raters = roundRaters(round);
  if (raters.length === 1) return 'solo';
  return raters.length === 3 ? 'colleague' : 'together';
}

export interface RaterDifference extends Difference {
  /** Every rater's answer for this dimension. */
  values: Partial<Record<Person, Rating | undefined>>;
}

/**
 * The dimensions ordered by difference, largest first, over every rater of the round: the gap is the
 * highest rating minus the lowest; `null` when fewer than two raters gave a number (for two raters:
 * when either skipped, as before). Those to talk about first are marked.
 */
export function differencesAmong(round: RoundData, talkGap: number): RaterDifference[] {
  const raters = roundRaters(round);
  const list = round.dimensionIds.map((id, index) => {
    const values: Partial<Record<Person, Rating | undefined>> = {};
    for (const p of raters) values[p] = round.ratings[p][id];
    const numbers = raters.map((p) => values[p]).filter((v): v is number => typeof v === 'number');
    // Two raters: both must have given a number. Three: any two numbers show a spread.
    const enough = raters.length <= 2 ? numbers.length === 2 : numbers.length >= 2;
    const gap = enough ? Math.max(...numbers) - Math.min(...numbers) : null;
    return { id, manager: values.manager, peer: values.peer, values, gap, index };
  });
  const maxGap = Math.max(0, ...list.map((d) => d.gap ?? 0));
  const threshold = maxGap >= talkGap ? talkGap : Math.max(1, maxGap);
  list.sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1) || a.index - b.index);
  return list.map(({ index: _index, ...d }) => ({
    ...d,
    talk: d.gap !== null && d.gap >= threshold && maxGap > 0,
  }));
}

/** Dimensions where every rater gave the same number and no agreed value is set yet. */
export function sameRatingAmong(round: RoundData): Record<string, number> {
  const raters = roundRaters(round);
  const out: Record<string, number> = {};
  for (const id of round.dimensionIds) {
    const first = round.ratings[raters[0] as Person][id];
    if (round.agreed[id] !== undefined || typeof first !== 'number') continue;
    if (raters.every((p) => round.ratings[p][id] === first)) out[id] = first;
  }
  return out;
}

/**
 * A new round rated blind: every rater starts from nothing, whoever is named starts at once, and the
 * latest agreed round (if any) is kept as the comparison shown after the reveal.
 */
export function newBlindRoundData(
  config: StarConfig,
  lang: Lang,
  options: {
    name: string;
    date: string;
    mode: RoundMode;
    first: Person;
    colleagueName?: string;
    previous?: string;
    /** The case's kind: the dimensions' names are kept in its wording. */
    kind?: CaseKind;
  },
): RoundData {
  const base = newRoundData(config, lang, options.name, options.date, undefined, options.kind);
  const raters = MODE_RATERS[options.mode];
  const colleagueName = options.colleagueName?.trim().slice(0, MAX_COLLEAGUE_NAME) ?? '';
  return {
    ...base,
    ...(options.mode === 'together' ? {} : { raters }),
    current: raters.includes(options.first) ? options.first : (raters[0] as Person),
    ...(options.mode === 'colleague' && colleagueName ? { colleagueName } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
  };
}

/** The dimension to bring into view after rating `id`: the next one without an answer, after it, wrapping. */
export function nextUnanswered(round: RoundData, person: Person, id: string): string | undefined {
  const ids = round.dimensionIds;
  const at = ids.indexOf(id);
  for (let step = 1; step < ids.length; step++) {
    const candidate = ids[(at + step) % ids.length] as string;
    if (round.ratings[person][candidate] === undefined) return candidate;
  }
  return undefined;
}
