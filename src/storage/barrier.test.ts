// The store barrier without Web Locks (Safari before 15.4): another tab's migration is marked in
// localStorage, and a write made meanwhile waits, stays on screen and in the journal, and commits
// once the mark is gone (issue 19).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createCase, deleteAllData, updateCaseField } from './cases';
import { db } from './db';
import { ownJournal } from './journal';
import { flushAllWrites } from './writes';

const MARK = 'peerstart.store.migrating';

beforeEach(async () => {
  await db.open();
  await deleteAllData();
  // As in a browser without Web Locks.
  vi.stubGlobal('navigator', { ...navigator, locks: undefined });
});
afterEach(() => {
  localStorage.removeItem(MARK);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('a write made while another tab migrates waits, journalled, and commits once the migration ends', async () => {
  const caseId = await createCase();
  localStorage.setItem(MARK, String(Date.now()));

  const checked = vi.spyOn(localStorage, 'getItem');
  let committed = false;
  const typed = updateCaseField(caseId, 'note', 'Skrevet under skiftet').then((ok) => {
    committed = ok;
  });
  // Once the write has seen the mark twice (its attempt, then its wait), it waits for the event.
  await vi.waitFor(() =>
    expect(checked.mock.calls.filter(([key]) => key === MARK).length).toBeGreaterThanOrEqual(2),
  );
  // Not written while the other tab migrates, but kept in this tab's journal.
  expect(committed).toBe(false);
  expect((await db.cases.get(caseId))?.note).toBe('');
  expect(JSON.stringify(ownJournal())).toContain('Skrevet under skiftet');

  // The other tab's migration ends: its storage event wakes the write.
  localStorage.removeItem(MARK);
  dispatchEvent(new StorageEvent('storage', { key: MARK, newValue: null }));
  await typed;
  await flushAllWrites();
  expect(committed).toBe(true);
  expect((await db.cases.get(caseId))?.note).toBe('Skrevet under skiftet');
  expect(JSON.stringify(ownJournal())).not.toContain('Skrevet under skiftet');
});
