/**
 * Writes again the edits that tabs journalled (journal.ts) but could not commit before they were
 * closed, reloaded or crashed. Only journals whose tab is gone are replayed (its Web Lock is free;
 * the replaying tab takes that lock, so two starting tabs never replay one journal twice). An
 * entry is replayed only when its record still exists, the stored value differs, and nothing was
 * saved to that record well after the edit (e.g. by another tab since); so a replay is idempotent
 * and never overwrites a newer committed value.
 * It writes straight to the database, not through the repositories (which journal and show each
 * write): the dead tab's journal is only removed once its replay has committed, so a replay cut off
 * in turn is simply done again at the next start.
 */
import { db } from './db';
import {
  type Journal,
  type JournalEntry,
  LEGACY_KEY,
  lockNameFor,
  ORPHAN_AFTER_MS,
  otherJournalKeys,
  parseJournal,
  readJournal,
} from './journal';
import { type CaseEditField, isCaseEditField, isCaseFieldValue, isDataPath } from './record-kinds';
import { runWrite } from './writes';

/** A dead page's own other writes commit within this time after its last journalled edit. */
const SAME_PAGE_MS = 5_000;

function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isEntry(entry: unknown): entry is JournalEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Partial<JournalEntry> & Record<string, unknown>;
  if (typeof e.at !== 'number') return false;
  // Only fields a person types into, and paths that stay inside a record's data (record-kinds.ts).
  switch (e.kind) {
    case 'case':
      return typeof e.id === 'string' && isCaseEditField(e.field) && isCaseFieldValue(e.field, e.value);
    case 'doc':
      return typeof e.caseId === 'string' && typeof e.tool === 'string' && isDataPath(e.path);
    case 'round':
      return typeof e.roundId === 'string' && isDataPath(e.path);
    default:
      return false;
  }
}

/** A key path inside a record's `data` as Dexie's update() takes it. */
const dataPath = (path: readonly string[]) => `data.${path.join('.')}`;

/** Replays one entry if it still applies; resolves whether it was written. */
function replay(entry: JournalEntry): Promise<boolean> {
  const newerThanEdit = (updatedAt: number) => updatedAt > entry.at + SAME_PAGE_MS;
  return db.transaction('rw', db.cases, db.toolDocs, db.rounds, async () => {
    const now = Date.now();
    switch (entry.kind) {
      case 'case': {
        const record = await db.cases.get(entry.id);
        const field = entry.field as CaseEditField;
        // A case made before kinds has no `kind` yet: choosing one is still an edit of that case.
        if (!record || (!Object.hasOwn(record, field) && field !== 'kind')) return false;
        if (newerThanEdit(record.updatedAt) || same(record[field], entry.value)) return false;
        await db.cases.update(entry.id, { [field]: entry.value, updatedAt: now });
        return true;
      }
      case 'doc': {
        if (!(await db.cases.get(entry.caseId))) return false;
        const doc = await db.toolDocs.get([entry.caseId, entry.tool]);
        if (doc && (newerThanEdit(doc.updatedAt) || same(valueAt(doc.data, entry.path), entry.value)))
          return false;
        if (doc) {
          await db.toolDocs.update([entry.caseId, entry.tool], {
            [dataPath(entry.path)]: entry.value,
            updatedAt: now,
          });
        } else {
          const data: Record<string, unknown> = {};
          setAt(data, entry.path, entry.value);
          await db.toolDocs.add({ caseId: entry.caseId, tool: entry.tool, data, updatedAt: now });
        }
        await db.cases.update(entry.caseId, { updatedAt: now });
        return true;
      }
      case 'round': {
        const round = await db.rounds.get(entry.roundId);
        if (!round || newerThanEdit(round.updatedAt) || same(valueAt(round.data, entry.path), entry.value)) {
          return false;
        }
        await db.rounds.update(entry.roundId, { [dataPath(entry.path)]: entry.value, updatedAt: now });
        await db.cases.update(round.caseId, { updatedAt: now });
        return true;
      }
    }
  });
}

/** Sets `value` at `path` in a new document's data. */
function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.forEach((part, index) => {
    if (index === path.length - 1) {
      node[part] = value;
      return;
    }
    const child: Record<string, unknown> = {};
    node[part] = child;
    node = child;
  });
}

/** Replays the entries of one journal, oldest first; resolves how many were written. */
export async function replayEntries(journal: Journal): Promise<number> {
  let written = 0;
  const entries = Object.values(journal)
    .filter(isEntry)
    .sort((a, b) => a.at - b.at);
  for (const entry of entries) {
    try {
      // Tracked like any save, so the indicator says "Gemt" once the restored text is stored.
      if (await runWrite(() => replay(entry), 'replay')) written++;
    } catch (error) {
      console.warn('Could not replay a journalled edit', error);
    }
  }
  return written;
}

/** Replays one journal and removes it; resolves how many edits were written. */
async function replayKey(key: string): Promise<number> {
  const raw = localStorage.getItem(key);
  if (raw === null) return 0;
  // One this page cannot read (sealed under a key it lacks, refused) stays where it is.
  const journal = readJournal(raw, key);
  if (journal === null) return 0;
  const count = await replayEntries(journal);
  // Removed only now: a replay cut off before this point is done again at the next start.
  localStorage.removeItem(key);
  return count;
}

const waiting = new Set<string>();

/**
 * Replays the journal now if its tab is gone (its lock is free); otherwise waits in the
 * background for that tab to end (closed, crashed) and replays it then, so what a tab that dies
 * later could not save is written by a tab that is still open.
 */
async function replayIfGone(key: string): Promise<number> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    const journal = parseJournal(localStorage.getItem(key), key);
    const newest = Math.max(0, ...Object.values(journal).map((e) => (isEntry(e) ? e.at : 0)));
    return Date.now() - newest >= ORPHAN_AFTER_MS ? replayKey(key) : 0;
  }
  const name = lockNameFor(key);
  const now = await locks.request(name, { ifAvailable: true }, async (lock) =>
    lock ? replayKey(key) : null,
  );
  if (now !== null) return now;
  if (!waiting.has(key)) {
    waiting.add(key);
    void locks
      .request(name, () => replayKey(key))
      .catch((error: unknown) => console.warn("Could not replay a closed tab's edits", error))
      .finally(() => waiting.delete(key));
  }
  return 0;
}

/**
 * Replays every journal left by a tab that is gone (and waits in the background for the tabs that
 * are still open); resolves how many edits were written now.
 */
export async function replayJournals(): Promise<number> {
  let written = 0;
  for (const key of otherJournalKeys()) written += await replayIfGone(key);
  // The earlier format kept the journal in this tab's sessionStorage (survives a reload only).
  const legacy = sessionStorage.getItem(LEGACY_KEY);
  if (legacy !== null) {
    written += await replayEntries(parseJournal(legacy));
    sessionStorage.removeItem(LEGACY_KEY);
  }
  return written;
}
