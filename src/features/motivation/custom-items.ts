/**
 * Workplaces' own items (questions, statements, settings), shared by the "before hiring" tools. A
 * tool keeps them under `custom` as `{ [id]: { text, order } }`, beside its answers keyed by the same
 * id; adding and removing are structural changes, made atomically with `updateToolData`.
 */
import { newId } from '../../storage/ids';
import { updateToolData } from '../../storage/tool-docs';

export interface CustomItem {
  id: string;
  text: string;
  order: number;
}

export type CustomItems = Readonly<Record<string, { text: string; order: number }>>;

/** At most this many own items per list; more would not fit a meeting anyway. */
export const MAX_CUSTOM_ITEMS = 40;
export const MAX_ITEM_TEXT = 300;
export const MAX_ANSWER_TEXT = 10_000;

/** True for a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string from untrusted data, capped at `max` characters; anything else becomes ''. */
export function cleanString(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** Own-item ids: a fixed prefix and a UUID, so they never collide with the content's ids. */
export function isCustomId(id: string): boolean {
  return /^c-[0-9a-z-]{1,60}$/i.test(id);
}

/** Turns any stored value into a valid set of own items (bad ids and entries are dropped). */
export function normaliseCustom(value: unknown): Record<string, { text: string; order: number }> {
  const out: Record<string, { text: string; order: number }> = {};
  if (!isRecord(value)) return out;
  for (const [id, item] of Object.entries(value)) {
    if (!isCustomId(id) || !isRecord(item)) continue;
    if (Object.keys(out).length >= MAX_CUSTOM_ITEMS) break;
    const order = typeof item.order === 'number' && Number.isFinite(item.order) ? item.order : 0;
    out[id] = { text: cleanString(item.text, MAX_ITEM_TEXT), order };
  }
  return out;
}

/** Own items in the order they were added. */
export function sortedCustom(custom: CustomItems): CustomItem[] {
  return Object.entries(custom)
    .map(([id, item]) => ({ id, ...item }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Adds an empty own item at the end of the list; resolves to its id. */
export async function addCustomItem(caseId: string, tool: string): Promise<string> {
  const id = `c-${newId()}`;
  await updateToolData(caseId, tool, (data) => {
    const custom = isRecord(data.custom) ? data.custom : {};
    const orders = Object.values(normaliseCustom(custom)).map((item) => item.order);
    const order = orders.length === 0 ? 1 : Math.max(...orders) + 1;
    return { ...data, custom: { ...custom, [id]: { text: '', order } } };
  });
  return id;
}

/**
 * Removes an own item and what the tool keeps under its id in `sections` (e.g. `answers`);
 * resolves to a function that puts everything back (for "Fortryd").
 */
export async function removeCustomItem(
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
