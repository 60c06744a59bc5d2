/**
 * The readiness check's state and scoring. Own statements live in toolDoc 'readiness' as
 * `{ custom: { [id]: { text, order } } }`; each sitting is a round (tool 'readiness') with
 * `{ name, date, answers: { [itemId]: 1|2|3|4|'unknown' }, notes: { [itemId]: text } }`.
 * Scoring: "ved ikke" is left out, and when it is used (or own statements make the list longer
 * than ten) the total is converted to the 10–40 scale the readings are written for.
 */

import {
  type ReadinessAnswer,
  type ReadinessBand,
  type ReadinessItem,
  type ReadinessValue,
  readinessBands,
  readinessItems,
} from '../../../content/readiness';
import { type CaseKind, forKind } from '../../../content/types';
import { cleanString, isRecord } from '../../tool-kit/normalise';
import {
  MAX_OWN_TEXT,
  normaliseOwnRecord,
  type OwnItemRecord,
  sortedOwnItems,
} from '../../tool-kit/own-items/model';
import type { OwnerTable } from '../../tool-kit/ownership';
import type { ToolData } from '../../tool-kit/types';

export const READINESS_TOOL = 'readiness';
const NAME_MAX = 80;

export interface ReadinessDoc {
  custom: OwnItemRecord;
}

/** Whose each field is (issue 18): how ready the workplace is, in the workplace's own words. */
export const readinessOwners: OwnerTable<ReadinessDoc> = { custom: 'manager' };
export const readinessRoundOwners: OwnerTable<Omit<ReadinessRound, 'id' | 'createdAt' | 'updatedAt'>> = {
  name: 'manager',
  date: 'manager',
  answers: 'manager',
  notes: 'manager',
};

/** One statement on screen: from the content, or the workplace's own. */
export type ReadinessEntry =
  | { id: string; kind: 'content'; item: ReadinessItem }
  | { id: string; kind: 'own'; ownText: string };

export interface ReadinessRound {
  id: string;
  createdAt: number;
  updatedAt: number;
  name: string;
  /** ISO YYYY-MM-DD, or '' when not set. */
  date: string;
  answers: Readonly<Record<string, ReadinessAnswer>>;
  notes: Readonly<Record<string, string>>;
}

export interface ReadinessScore {
  itemCount: number;
  /** Statements with an answer, "ved ikke" included. */
  answered: number;
  /** Statements answered 1–4. */
  known: number;
  unknown: number;
  missing: number;
  raw: number;
  /** The total on the 10–40 scale (the mean × 10, rounded); null without a 1–4 answer. */
  scaled: number | null;
  /** True when `scaled` is a conversion, not the plain sum of ten answers. */
  converted: boolean;
  band: ReadinessBand | null;
}

/** Turns any stored tool document into a valid one. */
export function normaliseReadinessDoc(data: unknown): ReadinessDoc {
  return { custom: normaliseOwnRecord(isRecord(data) ? data.custom : undefined) };
}

/** The ten statements of the case's kind (issue 22: a volunteer case has its own ten), then the own. */
export function readinessEntries(doc: ReadinessDoc, caseKind: CaseKind = 'employment'): ReadinessEntry[] {
  return [
    ...forKind<ReadinessItem>(readinessItems, caseKind).map((item) => ({
      id: item.id,
      kind: 'content' as const,
      item,
    })),
    ...sortedOwnItems(doc.custom).map((c) => ({ id: c.id, kind: 'own' as const, ownText: c.text })),
  ];
}

/** A valid answer from untrusted data: numbers are rounded and clamped to 1–4. */
export function normaliseAnswer(value: unknown): ReadinessAnswer | undefined {
  if (value === 'unknown') return 'unknown';
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(4, Math.max(1, Math.round(value))) as ReadinessValue;
}

/** Turns a stored round into a valid one, keeping only answers and notes for `itemIds`. */
export function normaliseRound(
  record: { id: string; createdAt: number; updatedAt: number; data: unknown },
  itemIds: readonly string[],
): ReadinessRound {
  const data = isRecord(record.data) ? record.data : {};
  const ids = new Set(itemIds);
  const answers: Record<string, ReadinessAnswer> = {};
  const notes: Record<string, string> = {};
  for (const [id, value] of Object.entries(isRecord(data.answers) ? data.answers : {})) {
    const answer = normaliseAnswer(value);
    if (ids.has(id) && answer !== undefined) answers[id] = answer;
  }
  for (const [id, value] of Object.entries(isRecord(data.notes) ? data.notes : {})) {
    if (ids.has(id) && typeof value === 'string') notes[id] = cleanString(value, MAX_OWN_TEXT * 4);
  }
  const date = typeof data.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.date) ? data.date : '';
  return {
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    name: cleanString(data.name, NAME_MAX),
    date,
    answers,
    notes,
  };
}

/** The band a 10–40 total falls in. */
export function bandFor(scaled: number): ReadinessBand {
  const clamped = Math.min(40, Math.max(10, Math.round(scaled)));
  return readinessBands.find((b) => clamped >= b.min && clamped <= b.max) ?? readinessBands[0];
}

/** The round's total, converted to 10–40 when "ved ikke" or own statements are in play. */
export function scoreRound(answers: ReadinessRound['answers'], itemIds: readonly string[]): ReadinessScore {
  let known = 0;
  let unknown = 0;
  let raw = 0;
  for (const id of itemIds) {
    const answer = answers[id];
    if (answer === 'unknown') unknown++;
    else if (answer !== undefined) {
      known++;
      raw += answer;
    }
  }
  const scaled = known === 0 ? null : Math.round((raw / known) * 10);
  return {
    itemCount: itemIds.length,
    answered: known + unknown,
    known,
    unknown,
    missing: itemIds.length - known - unknown,
    raw,
    scaled,
    converted: known !== 10 || itemIds.length !== 10,
    band: scaled === null ? null : bandFor(scaled),
  };
}

/** The coolest statements below "helt på plads", lowest first, ties in list order. */
export function weakestItems(
  answers: ReadinessRound['answers'],
  itemIds: readonly string[],
  limit = 3,
): string[] {
  return itemIds
    .map((id, index) => ({ id, index, value: answers[id] }))
    .filter((e): e is { id: string; index: number; value: ReadinessValue } => typeof e.value === 'number')
    .filter((e) => e.value < 4)
    .sort((a, b) => a.value - b.value || a.index - b.index)
    .slice(0, limit)
    .map((e) => e.id);
}

/** Statements answered "ved ikke", in list order. */
export function unknownItems(answers: ReadinessRound['answers'], itemIds: readonly string[]): string[] {
  return itemIds.filter((id) => answers[id] === 'unknown');
}

export interface ItemChange {
  id: string;
  from: ReadinessAnswer | undefined;
  to: ReadinessAnswer | undefined;
  /** to − from when both are 1–4; otherwise null. */
  change: number | null;
}

/** Per statement, how the answer moved from one round to another. */
export function compareRounds(
  from: ReadinessRound['answers'],
  to: ReadinessRound['answers'],
  itemIds: readonly string[],
): ItemChange[] {
  return itemIds.map((id) => {
    const a = from[id];
    const b = to[id];
    return { id, from: a, to: b, change: typeof a === 'number' && typeof b === 'number' ? b - a : null };
  });
}

/** A case's readiness rounds, oldest first, normalised. */
export function readinessRounds(
  rounds: readonly { id: string; tool: string; createdAt: number; updatedAt: number; data: unknown }[],
  itemIds: readonly string[],
): ReadinessRound[] {
  return rounds
    .filter((r) => r.tool === READINESS_TOOL)
    .map((r) => normaliseRound(r, itemIds))
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** The data a new round starts with. */
export function newRoundData(name: string, today: string): Record<string, unknown> {
  return { name, date: today, answers: {}, notes: {} };
}

/** The tool's stored document for the kit: its id and its normaliser (\`useTool\`, \`defineTool\`). */
export const readinessData = {
  id: READINESS_TOOL,
  normalise: normaliseReadinessDoc,
} satisfies ToolData<unknown>;
