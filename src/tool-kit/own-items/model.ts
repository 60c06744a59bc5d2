/**
 * A workplace's own items in every list tool (motivation, readiness, role mapping, hiring topics,
 * job start). A tool keeps them under `custom` as `{ [id]: { text, order, …extra } }`, and anything it records about an item in
 * other sections keyed by the same id. Adding and removing are structural changes, so they read and
 * write in one transaction (`updateToolData`); removing returns an undo.
 */
import { newId } from '../../storage/ids';
import { updateToolData } from '../../storage/tool-docs';

/** At most this many own items per list; more would not fit a meeting anyway. */
export const MAX_OWN_ITEMS = 40;
export const MAX_OWN_TEXT = 300;

/** True for a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string from untrusted data, capped at `max` characters; anything else becomes ''. */
export function cleanString(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** Own-item ids: a fixed prefix and a UUID, so they never collide with the content's ids. */
export function isOwnId(id: string): boolean {
  return /^c-[0-9a-z-]{1,60}$/i.test(id);
}

export interface OwnItemBase {
  id: string;
  text: string;
  order: number;
}

/**
 * Turns any stored `custom` value into valid own items, sorted in the order they were added.
 * `extra` reads the tool's own fields of an item (e.g. the checklist group).
 */
export function normaliseOwnItems<E extends object>(
  value: unknown,
  extra: (raw: Record<string, unknown>) => E,
): (OwnItemBase & E)[] {
  if (!isRecord(value)) return [];
  const out: (OwnItemBase & E)[] = [];
  for (const [id, raw] of Object.entries(value)) {
    if (!isOwnId(id) || !isRecord(raw)) continue;
    if (out.length >= MAX_OWN_ITEMS) break;
    const order = typeof raw.order === 'number' && Number.isFinite(raw.order) ? raw.order : 0;
    out.push({ ...extra(raw), id, text: cleanString(raw.text, MAX_OWN_TEXT), order });
  }
  return out.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Adds an empty own item at the end of the list (with the tool's `extra` fields); resolves to its id. */
export async function addOwnItem(
  caseId: string,
  tool: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const id = `c-${newId()}`;
  await updateToolData(caseId, tool, (data) => {
    const custom = isRecord(data.custom) ? data.custom : {};
    const orders = normaliseOwnItems(custom, () => ({})).map((item) => item.order);
    const order = orders.length === 0 ? 1 : Math.max(...orders) + 1;
    return { ...data, custom: { ...custom, [id]: { ...extra, text: '', order } } };
  });
  return id;
}

/**
 * Removes an own item and what the tool keeps under its id in `sections` (e.g. `ratings`);
 * resolves to a function that puts everything back (for "Fortryd").
 */
export async function removeOwnItem(
  caseId: string,
  tool: string,
  id: string,
  sections: readonly string[],
): Promise<() => Promise<void>> {
  const removed: Record<string, unknown> = {};
  await updateToolData(caseId, tool, (data) => {
    for (const section of ['custom', ...sections]) {
      const entries = data[section];
      if (!isRecord(entries) || !(id in entries)) continue;
      removed[section] = entries[id];
      delete entries[id];
    }
    return data;
  });
  return () =>
    updateToolData(caseId, tool, (data) => {
      for (const [section, value] of Object.entries(removed)) {
        const entries = isRecord(data[section]) ? data[section] : {};
        data[section] = { ...entries, [id]: value };
      }
      return data;
    });
}

/** The longest answer text a tool keeps for one item. */
export const MAX_ANSWER_TEXT = 10_000;

export type OwnItemRecord = Readonly<Record<string, { text: string; order: number }>>;

/** Turns any stored `custom` value into valid own items keyed by id (bad ids and entries dropped). */
export function normaliseOwnRecord(value: unknown): Record<string, { text: string; order: number }> {
  return Object.fromEntries(
    normaliseOwnItems(value, () => ({})).map(({ id, text, order }) => [id, { text, order }]),
  );
}

/** Own items in the order they were added. */
export function sortedOwnItems(custom: OwnItemRecord): OwnItemBase[] {
  return Object.entries(custom)
    .map(([id, item]) => ({ id, ...item }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
