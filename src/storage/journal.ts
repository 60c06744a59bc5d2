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

/** The journal as stored; anything unreadable counts as empty. */
export function readJournal(): Record<string, JournalEntry> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, JournalEntry>)
      : {};
  } catch {
    return {};
  }
}

function update(change: (journal: Record<string, JournalEntry>) => void): void {
  try {
    const journal = readJournal();
    change(journal);
    if (Object.keys(journal).length === 0) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(journal));
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
  update((journal) => {
    const stored = journal[key];
    if (stored && stored.at === entry.at && JSON.stringify(stored.value) === JSON.stringify(entry.value)) {
      delete journal[key];
    }
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
