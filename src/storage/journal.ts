/**
 * A write-ahead journal of typed edits that are not committed to IndexedDB yet, kept in the tab's
 * sessionStorage. Why: a reload or a navigation aborts the IndexedDB transaction still in flight,
 * so the last keystrokes before it would be lost; sessionStorage is written synchronously on the
 * keystroke itself and survives the reload of its tab. Each entry is removed as soon as its write
 * commits, so the journal is normally empty; what a reload cut off is written again when the page
 * starts (journal-replay.ts). sessionStorage belongs to one tab, so another live tab's in-flight
 * edits are never replayed over it.
 */

/** One field edit, described as data so it can be replayed by another page. */
export type JournalEdit =
  | { kind: 'case'; id: string; field: string; value: unknown }
  | { kind: 'doc'; caseId: string; tool: string; path: string[]; value: unknown }
  | { kind: 'round'; roundId: string; path: string[]; value: unknown };

export type JournalEntry = JournalEdit & { at: number };

const STORAGE_KEY = 'peerstart.journal';

// sessionStorage belongs to this tab alone, so an in-memory copy stays exact: each keystroke only
// serialises the (normally one-entry) journal instead of reading and parsing it again.
let current: Record<string, JournalEntry> | null = null;

/** The journal as stored (and re-read into memory); anything unreadable counts as empty. */
export function readJournal(): Record<string, JournalEntry> {
  let parsed: unknown = {};
  try {
    parsed = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
  } catch {
    parsed = {};
  }
  current =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, JournalEntry>)
      : {};
  return { ...current };
}

function update(change: (journal: Record<string, JournalEntry>) => void): void {
  current ??= readJournal();
  change(current);
  try {
    if (Object.keys(current).length === 0) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch (error) {
    // A full or disabled sessionStorage only loses the extra safety net; IndexedDB still gets the write.
    console.warn('Could not update the edit journal', error);
  }
}

/** Records an edit before it is written; returns the entry, to be passed to `journalCommitted`. */
export function journalEdit(key: string, edit: JournalEdit): JournalEntry {
  const entry: JournalEntry = { ...edit, at: Date.now() };
  update((journal) => {
    journal[key] = entry;
  });
  return entry;
}

/** Forgets an edit once it is committed, unless a newer edit of the same field replaced it. */
export function journalCommitted(key: string, entry: JournalEntry): void {
  current ??= readJournal();
  if (current[key] !== entry) return; // a newer edit of the field is still on its way
  update((journal) => {
    delete journal[key];
  });
}

/** Forgets one entry (replayed or no longer applicable). */
export function journalForget(key: string): void {
  update((journal) => {
    delete journal[key];
  });
}

/** Empties the journal (with "delete all data"). */
export function clearJournal(): void {
  update((journal) => {
    for (const key of Object.keys(journal)) delete journal[key];
  });
}
