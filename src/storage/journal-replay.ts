/**
 * Writes again the edits this tab journalled but could not commit before it was reloaded
 * (journal.ts). An entry is replayed only when its record still exists, the stored value differs,
 * and nothing was saved to that record well after the edit (e.g. by another tab since).
 */
import { updateCaseField } from './cases';
import { type CaseRecord, db } from './db';
import { type JournalEntry, journalForget, readJournal } from './journal';
import { setRoundField } from './rounds';
import { setToolField } from './tool-docs';

/** A dead page's own other writes commit within this time after its last journalled edit. */
const SAME_PAGE_MS = 5_000;

function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Replays one entry if it still applies; resolves whether it was written. */
async function replay(entry: JournalEntry): Promise<boolean> {
  const newerThanEdit = (updatedAt: number) => updatedAt > entry.at + SAME_PAGE_MS;
  switch (entry.kind) {
    case 'case': {
      const record = await db.cases.get(entry.id);
      const field = entry.field as keyof Omit<CaseRecord, 'id' | 'createdAt' | 'updatedAt'>;
      if (!record || !(field in record) || typeof entry.value !== 'string') return false;
      if (newerThanEdit(record.updatedAt) || same(record[field], entry.value)) return false;
      return updateCaseField(entry.id, field, entry.value);
    }
    case 'doc': {
      if (!(await db.cases.get(entry.caseId))) return false;
      const doc = await db.toolDocs.get([entry.caseId, entry.tool]);
      if (doc && (newerThanEdit(doc.updatedAt) || same(valueAt(doc.data, entry.path), entry.value)))
        return false;
      return setToolField(entry.caseId, entry.tool, entry.path, entry.value);
    }
    case 'round': {
      const round = await db.rounds.get(entry.roundId);
      if (!round || newerThanEdit(round.updatedAt) || same(valueAt(round.data, entry.path), entry.value)) {
        return false;
      }
      return setRoundField(entry.roundId, entry.path, entry.value);
    }
  }
}

/** Replays what the previous page in this tab left in the journal; resolves how many edits were written. */
export async function replayJournal(): Promise<number> {
  let written = 0;
  for (const [key, entry] of Object.entries(readJournal())) {
    if (typeof entry !== 'object' || entry === null || typeof entry.at !== 'number') {
      journalForget(key);
      continue;
    }
    try {
      // The replayed write journals and commits itself; a skipped entry is simply dropped.
      if (await replay(entry)) written++;
      else journalForget(key);
    } catch (error) {
      console.warn('Could not replay a journalled edit', error);
      journalForget(key);
    }
  }
  return written;
}
