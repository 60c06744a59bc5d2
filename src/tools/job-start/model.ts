/**
 * The Job start checklist's state: per item a person responsible, a due date, a done mark and a
 * note, plus the workplace's own items (each in one of the time groups). Stored as toolDoc
 * 'job-start': `{ items: { [itemId]: { responsible, due, done, doneAt, note } },
 * custom: { [id]: { text, order, when } } }`.
 */

import {
  JOB_START_WHEN,
  type JobStartItem,
  type JobStartWhen,
  jobStartItems,
} from '../../../content/job-start';
import { type AdviceId, type CaseKind, forKind } from '../../../content/types';
import { cleanString, isRecord } from '../../tool-kit/normalise';
import { normaliseOwnItems, type OwnItemBase } from '../../tool-kit/own-items/model';
import type { OwnerTable } from '../../tool-kit/ownership';
import type { ToolData } from '../../tool-kit/types';

export const JOB_START_TOOL = 'job-start';
export const MAX_RESPONSIBLE_TEXT = 200;
export const MAX_NOTE_TEXT = 2000;

export interface ChecklistEntry {
  responsible: string;
  /** ISO date `YYYY-MM-DD`, or '' when not set. */
  due: string;
  done: boolean;
  /** When it was ticked off (epoch ms); `null` when not done or unknown. */
  doneAt: number | null;
  note: string;
}

export type OwnChecklistItem = OwnItemBase & { when: JobStartWhen };

export interface JobStartState {
  entries: Readonly<Record<string, ChecklistEntry>>;
  own: readonly OwnChecklistItem[];
}

/** Whose each field is (issue 18): the first months are planned and ticked off together. */
export const jobStartOwners: OwnerTable<JobStartState> = { entries: 'both', own: 'both' };

/** One checklist item on screen: from the content, or the workplace's own. */
export type ChecklistItem =
  | { id: string; when: JobStartWhen; kind: 'content'; item: JobStartItem }
  | { id: string; when: JobStartWhen; kind: 'own'; ownText: string };

export const emptyEntry: ChecklistEntry = { responsible: '', due: '', done: false, doneAt: null, note: '' };

function isWhen(value: unknown): value is JobStartWhen {
  return typeof value === 'string' && (JOB_START_WHEN as readonly string[]).includes(value);
}

/** A valid calendar date `YYYY-MM-DD`, or '' for anything else. */
export function cleanDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value ? value : '';
}

function normaliseEntry(raw: unknown): ChecklistEntry {
  const record = isRecord(raw) ? raw : {};
  const done = record.done === true;
  const doneAt =
    done && typeof record.doneAt === 'number' && Number.isFinite(record.doneAt) && record.doneAt > 0
      ? record.doneAt
      : null;
  return {
    responsible: cleanString(record.responsible, MAX_RESPONSIBLE_TEXT),
    due: cleanDate(record.due),
    done,
    doneAt,
    note: cleanString(record.note, MAX_NOTE_TEXT),
  };
}

/** Turns any stored value into a valid state: unknown ids dropped, dates checked, texts capped. */
export function normaliseJobStart(data: unknown): JobStartState {
  const record = isRecord(data) ? data : {};
  const own = normaliseOwnItems(record.custom, (raw) => ({
    when: isWhen(raw.when) ? raw.when : ('ongoing' as JobStartWhen),
  }));
  const known = new Set<string>([...jobStartItems.map((item) => item.id), ...own.map((item) => item.id)]);
  const entries: Record<string, ChecklistEntry> = {};
  if (isRecord(record.items)) {
    for (const [id, raw] of Object.entries(record.items)) {
      if (known.has(id) && isRecord(raw)) entries[id] = normaliseEntry(raw);
    }
  }
  return { entries, own };
}

/** The entry of an item (empty when nothing is recorded). */
export function entryOf(state: JobStartState, id: string): ChecklistEntry {
  return state.entries[id] ?? emptyEntry;
}

/**
 * Every item of the case's kind (a volunteer case has no employment-only items, and its own ones):
 * the content's, then the workplace's own in the order they were added.
 */
export function checklistItems(state: JobStartState, kind: CaseKind = 'employment'): ChecklistItem[] {
  return [
    ...forKind<JobStartItem>(jobStartItems, kind).map((item) => ({
      id: item.id,
      when: item.when,
      kind: 'content' as const,
      item,
    })),
    ...state.own.map((own) => ({ id: own.id, when: own.when, kind: 'own' as const, ownText: own.text })),
  ];
}

/** The items grouped by when they belong, groups in time order (empty groups included). */
export function groupedItems(
  state: JobStartState,
  kind: CaseKind = 'employment',
): { when: JobStartWhen; items: ChecklistItem[] }[] {
  const items = checklistItems(state, kind);
  return JOB_START_WHEN.map((when) => ({ when, items: items.filter((item) => item.when === when) }));
}

/** Overdue: a due date before today, and not done. */
export function isOverdue(entry: ChecklistEntry, today: string): boolean {
  return entry.due !== '' && entry.due < today && !entry.done;
}

/** The items that are overdue today, in list order. */
export function overdueItems(
  state: JobStartState,
  today: string,
  kind: CaseKind = 'employment',
): ChecklistItem[] {
  return checklistItems(state, kind).filter((item) => isOverdue(entryOf(state, item.id), today));
}

/** For each advice, the first item (in list order) it applies to: it is shown there only. */
export function adviceShownAt(items: readonly ChecklistItem[]): Map<string, AdviceId> {
  const seen = new Set<AdviceId>();
  const at = new Map<string, AdviceId>();
  for (const item of items) {
    const advice = item.kind === 'content' ? item.item.advice : undefined;
    if (!advice || seen.has(advice)) continue;
    seen.add(advice);
    at.set(item.id, advice);
  }
  return at;
}

/** Items done out of all items of the case's kind, own ones included. */
export function jobStartProgress(
  state: JobStartState,
  kind: CaseKind = 'employment',
): { answered: number; total: number } {
  const items = checklistItems(state, kind);
  return { answered: items.filter((item) => entryOf(state, item.id).done).length, total: items.length };
}

/** The tool's stored document for the kit: its id and its normaliser (\`useTool\`, \`defineTool\`). */
export const jobStartData = { id: JOB_START_TOOL, normalise: normaliseJobStart } satisfies ToolData<unknown>;
