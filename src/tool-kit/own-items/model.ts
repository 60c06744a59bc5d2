/**
 * A workplace's own items in every list tool (motivation, readiness, role mapping, hiring topics,
 * job start). A tool keeps them under `custom` as `{ [id]: { text, order, …extra } }`, and anything
 * it records about an item in other sections keyed by the same id. This is the pure half (shape,
 * limits, normalising); the writes are in actions.ts.
 */
import { cleanString, isRecord } from '../normalise';

/** At most this many own items per list; more would not fit a meeting anyway. */
export const MAX_OWN_ITEMS = 40;
export const MAX_OWN_TEXT = 300;

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
