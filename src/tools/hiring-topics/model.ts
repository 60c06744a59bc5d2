/**
 * The Hiring topics tool's state: one joint importance rating per topic (1–5 or "don't know"), the
 * workplace's own topics, and a decision or note per topic. Stored as toolDoc 'hiring-topics':
 * `{ ratings: { [topicId]: 1..5 | 'unknown' }, notes: { [topicId]: text }, custom: { [id]: { text, order } },
 *   recruitment: { [recruitmentItemId]: text } }` (recruitment: the answers on the job ad, the panel, the
 * interview, health questions and the rejection; added later, written one field at a time by key path).
 */

import {
  AGENDA_SIZE,
  type HiringTopic,
  hiringTopics,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  type RecruitmentItem,
  recruitmentItems,
} from '../../../content/hiring-topics';
import { type CaseKind, forKind } from '../../../content/types';
import { cleanString, isRecord } from '../../tool-kit/normalise';
import { normaliseOwnItems, type OwnItemBase } from '../../tool-kit/own-items/model';
import type { OwnerTable } from '../../tool-kit/ownership';
import type { ToolData } from '../../tool-kit/types';

export const HIRING_TOPICS_TOOL = 'hiring-topics';
export const MAX_NOTE_TEXT = 2000;

export type Importance = 1 | 2 | 3 | 4 | 5;
export type Rating = Importance | 'unknown';

export interface HiringTopicsState {
  ratings: Readonly<Record<string, Rating>>;
  notes: Readonly<Record<string, string>>;
  own: readonly OwnItemBase[];
  /** Written answers on recruitment and the interview, by recruitment item id. */
  recruitment: Readonly<Record<string, string>>;
}

/** Whose each field is (issue 18): the topics the workplace settles before it employs. */
export const hiringTopicsOwners: OwnerTable<HiringTopicsState> = {
  ratings: 'manager',
  notes: 'manager',
  own: 'manager',
  recruitment: 'manager',
};

/** One topic on screen: from the content, or the workplace's own. */
export type TopicItem =
  | { id: string; kind: 'content'; topic: HiringTopic }
  | { id: string; kind: 'own'; ownText: string };

export interface RankedTopic {
  item: TopicItem;
  rating: Importance;
  /** 1-based place in the prioritised list. */
  rank: number;
  /** Among the top topics to take into the interview. */
  onAgenda: boolean;
}

/** Reads a stored rating: 'unknown', or a number rounded and clamped to the scale; else undefined. */
export function normaliseRating(value: unknown): Rating | undefined {
  if (value === 'unknown') return 'unknown';
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(IMPORTANCE_MAX, Math.max(IMPORTANCE_MIN, Math.round(value))) as Importance;
}

/** Turns any stored value into a valid state: unknown ids are dropped, ratings clamped, texts capped. */
export function normaliseHiringTopics(data: unknown): HiringTopicsState {
  const record = isRecord(data) ? data : {};
  const own = normaliseOwnItems(record.custom, () => ({}));
  const known = new Set<string>([...hiringTopics.map((topic) => topic.id), ...own.map((item) => item.id)]);
  const ratings: Record<string, Rating> = {};
  if (isRecord(record.ratings)) {
    for (const [id, value] of Object.entries(record.ratings)) {
      const rating = normaliseRating(value);
      if (known.has(id) && rating !== undefined) ratings[id] = rating;
    }
  }
  const notes: Record<string, string> = {};
  if (isRecord(record.notes)) {
    for (const [id, value] of Object.entries(record.notes)) {
      if (known.has(id) && typeof value === 'string') notes[id] = cleanString(value, MAX_NOTE_TEXT);
    }
  }
  const recruitment: Record<string, string> = {};
  if (isRecord(record.recruitment)) {
    for (const item of recruitmentItems) {
      const value = record.recruitment[item.id];
      if (typeof value === 'string') recruitment[item.id] = cleanString(value, MAX_NOTE_TEXT);
    }
  }
  return { ratings, notes, own, recruitment };
}

/** The recruitment steps of a case's kind (issue 22), in content order. */
export function recruitmentFor(caseKind: CaseKind = 'employment'): RecruitmentItem[] {
  return forKind<RecruitmentItem>(recruitmentItems, caseKind);
}

/** The recruitment items with a written answer, in content order. */
export function answeredRecruitment(
  state: HiringTopicsState,
  caseKind: CaseKind = 'employment',
): RecruitmentItem[] {
  return recruitmentFor(caseKind).filter((item) => (state.recruitment[item.id] ?? '').trim() !== '');
}

/** The content's topics for the case's kind, then the workplace's own in the order they were added. */
export function topicItems(state: HiringTopicsState, caseKind: CaseKind = 'employment'): TopicItem[] {
  return [
    ...forKind<HiringTopic>(hiringTopics, caseKind).map((topic) => ({
      id: topic.id,
      kind: 'content' as const,
      topic,
    })),
    ...state.own.map((item) => ({ id: item.id, kind: 'own' as const, ownText: item.text })),
  ];
}

/**
 * The prioritised list: topics with a 1–5 rating, most important first; ties keep the list order
 * (the content's topics, then own topics as added). The top AGENDA_SIZE go to the interview.
 */
export function rankTopics(state: HiringTopicsState, caseKind: CaseKind = 'employment'): RankedTopic[] {
  const rated = topicItems(state, caseKind).flatMap((item, index) => {
    const rating = state.ratings[item.id];
    return typeof rating === 'number' ? [{ item, rating, index }] : [];
  });
  rated.sort((a, b) => b.rating - a.rating || a.index - b.index);
  return rated.map(({ item, rating }, i) => ({ item, rating, rank: i + 1, onAgenda: i < AGENDA_SIZE }));
}

/** Topics marked "don't know", in list order. */
export function unknownTopics(state: HiringTopicsState, caseKind: CaseKind = 'employment'): TopicItem[] {
  return topicItems(state, caseKind).filter((item) => state.ratings[item.id] === 'unknown');
}

/**
 * For each advice, the first topic (in list order) it applies to: the advice is shown there only,
 * so the "5 gode råd" appear where they apply, not repeated down the page.
 */
export function adviceShownAt(items: readonly TopicItem[]): Set<string> {
  const seen = new Set<string>();
  const at = new Set<string>();
  for (const item of items) {
    if (item.kind !== 'content' || !item.topic.advice || seen.has(item.topic.advice)) continue;
    seen.add(item.topic.advice);
    at.add(item.id);
  }
  return at;
}

/**
 * Topics with any answer ("don't know" included) and recruitment items with a written answer, out of
 * all topics (own ones included) and recruitment items.
 */
export function hiringTopicsProgress(
  state: HiringTopicsState,
  caseKind: CaseKind = 'employment',
): { answered: number; total: number } {
  const items = topicItems(state, caseKind);
  return {
    answered:
      items.filter((item) => state.ratings[item.id] !== undefined).length +
      answeredRecruitment(state, caseKind).length,
    total: items.length + recruitmentFor(caseKind).length,
  };
}

/** The tool's stored document for the kit: its id and its normaliser (\`useTool\`, \`defineTool\`). */
export const hiringTopicsData = {
  id: HIRING_TOPICS_TOOL,
  normalise: normaliseHiringTopics,
} satisfies ToolData<unknown>;
