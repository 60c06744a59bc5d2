/**
 * A write-ahead journal of typed edits that are not committed to IndexedDB yet, kept in
 * localStorage. Why: a closed tab, a reload, a crashed or discarded renderer all abort the
 * IndexedDB transaction still in flight, so the last keystrokes before them would be lost.
 * localStorage is written synchronously on the keystroke itself and outlives the tab, the
 * renderer and the browser.
 *
 * Each tab (one page load) journals under its own key, `peerstart.journal.<tabId>`, and holds the
 * Web Lock `peerstart.tab.<tabId>` for as long as it lives. Each entry is removed as soon as its
 * write commits, so a journal is normally empty. At start-up, any tab replays the journals whose
 * lock nobody holds (their tab is gone; journal-replay.ts), so a live tab's pending edits are never
 * written over it. Without Web Locks (Safari before 15.4) a journal counts as orphaned once it has
 * not changed for ORPHAN_AFTER_MS: a live tab's entries commit within milliseconds.
 *
 * With the passcode lock on, a journal is stored sealed (lock/lock.ts installs the sealer once the
 * page is unlocked), so it never holds plaintext at rest. A page that is locked (no sealer, lock
 * on) leaves its stored journal as it is: when another tab turned the lock on, that tab has
 * re-sealed it (`rewriteOtherJournals`), and this page's newer edits wait in memory until it is
 * unlocked. A plain journal met while the lock is on is refused and reported, never replayed.
 */

import { isLockOn } from './lock/lock-flag';
import { reportUnreadable } from './unreadable';

/** One field edit, described as data so it can be replayed by another page. */
export type JournalEdit =
  | { kind: 'case'; id: string; field: string; value: unknown }
  | { kind: 'doc'; caseId: string; tool: string; path: string[]; value: unknown }
  | { kind: 'round'; roundId: string; path: string[]; value: unknown };

export type JournalEntry = JournalEdit & { at: number };

export type Journal = Record<string, JournalEntry>;

export const JOURNAL_PREFIX = 'peerstart.journal.';
const LOCK_PREFIX = 'peerstart.tab.';
/** The journal of the earlier, tab-only format (sessionStorage); still read once at start-up. */
export const LEGACY_KEY = 'peerstart.journal';
/** Without Web Locks: a journal untouched this long belongs to a tab that is gone. */
export const ORPHAN_AFTER_MS = 10_000;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** This page's id; a reload is a new page with a new journal (the old one is replayed). */
export const tabId = randomId();
const ownKey = `${JOURNAL_PREFIX}${tabId}`;

/** Holds this tab's lock until the page dies, so no other tab replays its journal meanwhile. */
function holdTabLock(): void {
  try {
    void navigator.locks?.request(`${LOCK_PREFIX}${tabId}`, () => new Promise<never>(() => undefined));
  } catch {
    // No Web Locks: orphans are recognised by age instead.
  }
}
holdTabLock();

// Only this tab writes its own key, so an in-memory copy stays exact: each keystroke only
// serialises the (normally one-entry) journal instead of reading and parsing it again.
const current: Journal = {};

/** Seals and opens a journal's text; `open` returns null for a box it cannot open. */
export interface JournalSealer {
  seal(text: string): string;
  open(sealed: string): string | null;
}

const SEALED_PREFIX = 'sealed:';
let sealer: JournalSealer | null = null;

/** Installs (or, with null, removes) the sealer, and stores this tab's journal again with it. */
export function setJournalSealer(next: JournalSealer | null): void {
  sealer = next;
  persist();
}

/**
 * A journal as stored: sealed when a sealer is installed; plain when the lock is off; undefined
 * when the page is locked and must leave what is stored alone.
 */
function encodeJournal(journal: Journal): string | undefined {
  const text = JSON.stringify(journal);
  if (sealer) return SEALED_PREFIX + sealer.seal(text);
  return isLockOn() ? undefined : text;
}

/**
 * Reads a stored journal: null when it cannot be read (sealed with a key this page lacks, damaged)
 * or must not be (plain while the lock is on: refused and reported under `storageKey`).
 */
export function readJournal(raw: string | null, storageKey = ''): Journal | null {
  if (raw === null) return {};
  const isSealedText = raw.startsWith(SEALED_PREFIX);
  if (!isSealedText && (sealer !== null || isLockOn())) {
    reportUnreadable({ where: 'journal', key: storageKey, reason: 'plain-while-locked', raw });
    return null;
  }
  const text = isSealedText ? (sealer?.open(raw.slice(SEALED_PREFIX.length)) ?? null) : raw;
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Journal)
      : null;
  } catch {
    return null;
  }
}

/** A stored journal's edits; one that cannot be read counts as empty. */
export function parseJournal(raw: string | null, storageKey = ''): Journal {
  return readJournal(raw, storageKey) ?? {};
}

function persist(): void {
  try {
    if (Object.keys(current).length === 0) {
      if (sealer || !isLockOn()) localStorage.removeItem(ownKey);
      return;
    }
    const stored = encodeJournal(current);
    if (stored !== undefined) localStorage.setItem(ownKey, stored);
  } catch (error) {
    // A full or disabled localStorage only loses the extra safety net; IndexedDB still gets the write.
    console.warn('Could not update the edit journal', error);
  }
}

/** This tab's pending edits (a copy). */
export function ownJournal(): Journal {
  return { ...current };
}

/** Edits journalled together, each under its field's key. */
export type KeyedEdits = readonly (readonly [key: string, edit: JournalEdit])[];

/**
 * Records edits before they are written, in one write to localStorage (what one tap changes);
 * returns their entries, to be passed to `journalCommitted`.
 */
export function journalEdits(edits: KeyedEdits): JournalEntry[] {
  const at = Date.now();
  const entries = edits.map(([key, edit]) => {
    const entry: JournalEntry = { ...edit, at };
    current[key] = entry;
    return entry;
  });
  persist();
  return entries;
}

/** Forgets an edit once it is committed, unless a newer edit of the same field replaced it. */
export function journalCommitted(key: string, entry: JournalEntry): void {
  if (current[key] !== entry) return; // a newer edit of the field is still on its way
  delete current[key];
  persist();
}

/** The storage keys of other tabs' journals (and the legacy one), whether their tab lives or not. */
export function otherJournalKeys(): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(JOURNAL_PREFIX) && key !== ownKey) keys.push(key);
    }
  } catch {
    // Storage disabled: there is nothing to replay.
  }
  return keys;
}

/** Whether any other journal, or a legacy one, is waiting (cheap, synchronous: decides whether to load the replay code). */
export function hasOtherJournals(): boolean {
  let legacy = false;
  try {
    legacy = sessionStorage.getItem(LEGACY_KEY) !== null;
  } catch {
    legacy = false;
  }
  return legacy || otherJournalKeys().length > 0;
}

/** The lock name that a tab's journal key is guarded by. */
export function lockNameFor(journalKey: string): string {
  return `${LOCK_PREFIX}${journalKey.slice(JOURNAL_PREFIX.length)}`;
}

/** Empties every journal on this device (with "delete all data", and when a case is deleted everywhere). */
export function clearAllJournals(): void {
  for (const key of Object.keys(current)) delete current[key];
  persist();
  for (const key of otherJournalKeys()) {
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing to remove
    }
  }
  try {
    sessionStorage.removeItem(LEGACY_KEY);
  } catch {
    // nothing to remove
  }
}

/** Drops every journalled edit (in any journal on this device) that belongs to `caseId`, or whose
 * round is in `roundIds`: a deleted case leaves no typed text behind. */
export function forgetCaseEdits(caseId: string, roundIds: readonly string[]): void {
  const belongs = (entry: JournalEntry) =>
    (entry.kind === 'case' && entry.id === caseId) ||
    (entry.kind === 'doc' && entry.caseId === caseId) ||
    (entry.kind === 'round' && roundIds.includes(entry.roundId));
  let changed = false;
  for (const [key, entry] of Object.entries(current)) {
    if (belongs(entry)) {
      delete current[key];
      changed = true;
    }
  }
  if (changed) persist();
  for (const key of otherJournalKeys()) {
    try {
      const journal = parseJournal(localStorage.getItem(key), key);
      const kept = Object.entries(journal).filter(([, entry]) => !belongs(entry));
      if (kept.length === Object.keys(journal).length) continue;
      const stored = kept.length === 0 ? null : encodeJournal(Object.fromEntries(kept));
      if (stored === null) localStorage.removeItem(key);
      else if (stored !== undefined) localStorage.setItem(key, stored);
    } catch {
      // unreadable: replay drops it anyway, since its case no longer exists
    }
  }
}

/**
 * Stores every other tab's journal again in the form the lock now asks for, with this page's
 * sealer: sealed after the lock was turned on (call once the sealer is installed), plain after it
 * was turned off (call while the old sealer is still installed). Run by a migration while it holds
 * the store barrier, so the journals of tabs that are still open, or that crash before they learn
 * of the change, can still be replayed.
 */
export function rewriteOtherJournals(to: 'sealed' | 'plain'): void {
  if (!sealer) return;
  for (const key of otherJournalKeys()) {
    try {
      const raw = localStorage.getItem(key);
      if (raw === null) continue;
      const isSealedText = raw.startsWith(SEALED_PREFIX);
      if (to === 'sealed' && !isSealedText) localStorage.setItem(key, SEALED_PREFIX + sealer.seal(raw));
      if (to === 'plain' && isSealedText) {
        const text = sealer.open(raw.slice(SEALED_PREFIX.length));
        if (text !== null) localStorage.setItem(key, text);
      }
    } catch (error) {
      console.warn("Could not store another tab's journal again", error);
    }
  }
}

/**
 * localStorage is shared between tabs only eventually (each renderer keeps its own copy), so a tab
 * that has not yet learnt that the lock was turned on elsewhere may store its journal plain once
 * more after the migrating tab re-sealed it. Any tab that holds the key seals such a journal again
 * as soon as the write reaches it.
 */
function sealPlainJournalsOfOthers(event: StorageEvent): void {
  if (!sealer || event.key === null || event.newValue === null) return;
  if (!event.key.startsWith(JOURNAL_PREFIX) || event.key === ownKey) return;
  if (event.newValue.startsWith(SEALED_PREFIX)) return;
  try {
    localStorage.setItem(event.key, SEALED_PREFIX + sealer.seal(event.newValue));
  } catch (error) {
    console.warn("Could not seal another tab's journal", error);
  }
}
if (typeof addEventListener === 'function') addEventListener('storage', sealPlainJournalsOfOthers);
