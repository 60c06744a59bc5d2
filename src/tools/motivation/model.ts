/**
 * The Motivation tool's state: free-text answers to the three questions and to the workplace's own
 * questions, plus an optional one-sentence summary. Stored as toolDoc 'motivation':
 * `{ answers: { [questionId]: text }, custom: { [id]: { text, order } }, summary }`.
 */

import { type MotivationQuestion, motivationQuestions } from '../../../content/motivation';
import { type CaseKind, forKind } from '../../../content/types';
import { cleanString, isRecord } from '../../tool-kit/normalise';
import {
  MAX_ANSWER_TEXT,
  MAX_OWN_TEXT,
  normaliseOwnRecord,
  type OwnItemRecord,
  sortedOwnItems,
} from '../../tool-kit/own-items/model';
import type { OwnerTable } from '../../tool-kit/ownership';
import type { ToolData } from '../../tool-kit/types';

export const MOTIVATION_TOOL = 'motivation';

export interface MotivationState {
  answers: Readonly<Record<string, string>>;
  custom: OwnItemRecord;
  summary: string;
}

/** Whose each field is (issue 18): why the workplace wants a peer worker is the workplace's answer. */
export const motivationOwners: OwnerTable<MotivationState> = {
  answers: 'manager',
  custom: 'manager',
  summary: 'manager',
};

/** One question on screen: from the content (`question` text) or the workplace's own (`ownText`). */
export type MotivationItem =
  | { id: string; kind: 'content'; question: MotivationQuestion }
  | { id: string; kind: 'own'; ownText: string };

/** Turns any stored value into a valid state: unknown ids are dropped, texts capped. */
export function normaliseMotivation(data: unknown): MotivationState {
  const record = isRecord(data) ? data : {};
  const custom = normaliseOwnRecord(record.custom);
  const known = new Set<string>([...motivationQuestions.map((q) => q.id), ...Object.keys(custom)]);
  const answers: Record<string, string> = {};
  if (isRecord(record.answers)) {
    for (const [id, value] of Object.entries(record.answers)) {
      if (known.has(id) && typeof value === 'string') answers[id] = cleanString(value, MAX_ANSWER_TEXT);
    }
  }
  return { answers, custom, summary: cleanString(record.summary, MAX_OWN_TEXT * 2) };
}

/** The content's questions for the case's kind, then the workplace's own in the order they were added. */
export function motivationItems(state: MotivationState, kind: CaseKind = 'employment'): MotivationItem[] {
  return [
    ...forKind<MotivationQuestion>(motivationQuestions, kind).map((q: MotivationQuestion) => ({
      id: q.id,
      kind: 'content' as const,
      question: q,
    })),
    ...sortedOwnItems(state.custom).map((item) => ({
      id: item.id,
      kind: 'own' as const,
      ownText: item.text,
    })),
  ];
}

/** True when an answer has some text beyond whitespace. */
export function isAnswered(text: string | undefined): boolean {
  return (text ?? '').trim().length > 0;
}

/** Questions answered (non-empty) out of all questions, own ones included. */
export function motivationProgress(
  state: MotivationState,
  kind: CaseKind = 'employment',
): { answered: number; total: number } {
  const items = motivationItems(state, kind);
  return {
    answered: items.filter((item) => isAnswered(state.answers[item.id])).length,
    total: items.length,
  };
}

/** The tool's stored document for the kit: its id and its normaliser (\`useTool\`, \`defineTool\`). */
export const motivationData = {
  id: MOTIVATION_TOOL,
  normalise: normaliseMotivation,
} satisfies ToolData<unknown>;
