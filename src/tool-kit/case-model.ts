/** Pure helpers for cases: display name and search. */
import type { ToolMeta } from '../../content/tools';
import { PHASES, type Phase, type ToolId } from '../../content/types';
import type { CaseRecord } from '../storage/db';
import type { ToolProgress } from './types';

/** The name a case is shown by: organisation and role, or the fallback when both are empty. */
export function caseDisplayName(
  record: Pick<CaseRecord, 'organisation' | 'roleTitle'>,
  fallback: string,
): string {
  const parts = [record.organisation.trim(), record.roleTitle.trim()].filter(Boolean);
  return parts.length > 0 ? parts.join(' – ') : fallback;
}

const searchableFields = ['organisation', 'unit', 'roleTitle', 'managerName', 'peerName', 'note'] as const;

/** Normalises text for search: case- and accent-insensitive, but æ, ø and å stay distinct. */
export function normaliseForSearch(text: string): string {
  return text.toLocaleLowerCase('da').normalize('NFC').trim();
}

/** The cases whose text contains every word of the query, in their given order. */
export function searchCases<C extends Partial<Pick<CaseRecord, (typeof searchableFields)[number]>>>(
  cases: readonly C[],
  query: string,
): C[] {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...cases];
  return cases.filter((record) => {
    const haystack = normaliseForSearch(searchableFields.map((field) => record[field] ?? '').join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** Whether a tool counts as complete: every countable item answered. */
export function isToolDone(progress: ToolProgress): boolean {
  return progress.total > 0 && progress.answered >= progress.total;
}

/**
 * Where a case is on its journey: the first phase with a tool that is not done, once anything has
 * been started (a fresh case is at the start); follow-up once every tool is done.
 */
export function currentPhase(
  list: readonly ToolMeta[],
  progress: Readonly<Partial<Record<ToolId, ToolProgress>>>,
): Phase {
  const open = list.find((meta) => {
    const p = progress[meta.id];
    return !p || !isToolDone(p);
  });
  return open?.phase ?? PHASES[PHASES.length - 1] ?? 'followup';
}

/**
 * The tool to go on to after `current`: the first one after it in the journey (wrapping round to the
 * start) that is not done; `null` when every other tool is done, which means back to the overview.
 */
export function nextTool(
  list: readonly ToolMeta[],
  progress: Readonly<Partial<Record<ToolId, ToolProgress>>>,
  current: ToolId,
): ToolMeta | null {
  const at = list.findIndex((meta) => meta.id === current);
  const after = [...list.slice(at + 1), ...list.slice(0, Math.max(at, 0))];
  return (
    after.find((meta) => {
      const p = progress[meta.id];
      return !p || !isToolDone(p);
    }) ?? null
  );
}
