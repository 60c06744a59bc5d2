/**
 * Parts of the stored data that could not be opened: a sealed record whose box is damaged (a disk
 * fault, a half-copied profile), a plain record or journal met while the lock is on (nothing this
 * app writes), or a box under a key this device no longer holds. Why set aside instead of failing:
 * one bad record must not hide every other case ("never fail the whole list"). Each part stays
 * where it is in IndexedDB, untouched, and is listed here, so the screens can say "1 del kunne ikke
 * læses" and offer the raw bytes as a file for someone who can recover them.
 */
import { toBase64 } from './lock/kdf';
import { createStore } from './store';

export type UnreadableWhere = 'cases' | 'toolDocs' | 'rounds' | 'journal';

export type UnreadableReason =
  /** The box did not open with the key for its generation: damaged, or moved to another record. */
  | 'damaged'
  /** Stored in the clear while the lock is on. */
  | 'plain-while-locked'
  /** Sealed under a key generation the lock record does not know. */
  | 'unknown-key';

export interface UnreadablePart {
  where: UnreadableWhere;
  /** The record's primary key as text (a case id, `caseId/tool`, a round id, a journal's storage key). */
  key: string;
  reason: UnreadableReason;
  /** What is stored, as it is stored (sealed bytes stay sealed). */
  raw: unknown;
}

/** Every part set aside in this page, one per place and key. */
export const unreadableParts = createStore<readonly UnreadablePart[]>([]);

export function reportUnreadable(part: UnreadablePart): void {
  const parts = unreadableParts.get();
  const known = parts.find((p) => p.where === part.where && p.key === part.key);
  // Each read of the same part reports it again; only a change is news for the screens.
  if (known?.reason === part.reason) return;
  if (!known) console.warn('A stored part could not be read', part.where, part.reason);
  unreadableParts.set([...parts.filter((p) => p !== known), part]);
}

/** A part was read after all (e.g. once the right key came): it is no longer reported. */
export function readableAgain(where: UnreadableWhere, key: string): void {
  const kept = unreadableParts.get().filter((p) => p.where !== where || p.key !== key);
  if (kept.length !== unreadableParts.get().length) unreadableParts.set(kept);
}

export function forgetUnreadable(): void {
  if (unreadableParts.get().length > 0) unreadableParts.set([]);
}

/** The parts set aside, as a JSON file's text (bytes as base64), for an expert to look at. */
export function unreadableExportText(parts = unreadableParts.get()): string {
  return JSON.stringify(
    { format: 'peerstart-unreadable', version: 1, exportedAt: new Date().toISOString(), parts },
    (_key, value: unknown) => (value instanceof Uint8Array ? { base64: toBase64(value) } : value),
    2,
  );
}
