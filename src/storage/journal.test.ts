import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createCase, deleteAllData, deleteCase, updateCaseField } from './cases';
import { db } from './db';
import { JOURNAL_PREFIX, journalEdits, ORPHAN_AFTER_MS, ownJournal } from './journal';
import { replayJournals } from './journal-replay';
import { createRound } from './rounds';
import { setToolField, setToolFields } from './tool-docs';

/** Leaves a journal in localStorage as a tab that died `ageMs` ago would have left it. */
function leaveDeadTabJournal(entries: Record<string, unknown>, ageMs = ORPHAN_AFTER_MS + 1) {
  const at = Date.now() - ageMs;
  const journal = Object.fromEntries(
    Object.entries(entries).map(([key, edit]) => [key, { ...(edit as object), at }]),
  );
  localStorage.setItem(`${JOURNAL_PREFIX}dead-tab`, JSON.stringify(journal));
}

beforeEach(async () => {
  await db.open();
  await deleteAllData();
  localStorage.clear();
  sessionStorage.clear();
});

describe('edit journal', () => {
  test('an edit is in localStorage from the keystroke until it commits', async () => {
    const id = await createCase();
    const saved = updateCaseField(id, 'note', 'Skrevet lige før fanen lukkes');
    const stored = Object.entries(localStorage).find(([key]) => key.startsWith(JOURNAL_PREFIX));
    expect(stored?.[1]).toContain('Skrevet lige før fanen lukkes');
    await saved;
    await setToolField(id, 'motivation', ['answers', 'm1'], 'Svar');
    expect(ownJournal()).toEqual({});
    expect(Object.keys(localStorage).filter((key) => key.startsWith(JOURNAL_PREFIX))).toEqual([]);
  });

  test('a tick and its time are journalled together, committed in one write, and both stored', async () => {
    const id = await createCase();
    let commits = 0;
    const count = () => {
      commits++;
    };
    db.toolDocs.hook('creating', count);
    db.toolDocs.hook('updating', count);
    try {
      const saved = setToolFields(id, 'job-start', [
        [['items', 'j1', 'done'], true],
        [['items', 'j1', 'doneAt'], 1_700_000_000_000],
      ]);
      // Until it commits, each field is in the journal under its own key (so a later edit of one
      // of them replaces only its own entry).
      expect(Object.keys(ownJournal()).sort()).toEqual([
        `doc:${id}:job-start:items.j1.done`,
        `doc:${id}:job-start:items.j1.doneAt`,
      ]);
      expect(await saved).toBe(true);
      expect(commits).toBe(1);
      const untick = setToolFields(id, 'job-start', [
        [['items', 'j1', 'done'], false],
        [['items', 'j1', 'doneAt'], undefined],
      ]);
      expect(await untick).toBe(true);
      expect(commits).toBe(2);
    } finally {
      db.toolDocs.hook('creating').unsubscribe(count);
      db.toolDocs.hook('updating').unsubscribe(count);
    }
    expect(ownJournal()).toEqual({});
    const doc = await db.toolDocs.get([id, 'job-start']);
    expect(doc?.data).toEqual({ items: { j1: { done: false } } });
  });

  test('edits a closed tab could not commit are written when the app starts again', async () => {
    // The records were last saved before the tab that died made its edits.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - ORPHAN_AFTER_MS - 1000);
    const id = await createCase({ note: 'Vi starter' });
    const roundId = await createRound(id, 'role-star', { notes: {} });
    vi.useRealTimers();
    leaveDeadTabJournal(
      {
        [`case:${id}:note`]: { kind: 'case', id, field: 'note', value: 'Vi starter med en prøveperiode' },
        [`doc:${id}:motivation:answers.m2`]: {
          kind: 'doc',
          caseId: id,
          tool: 'motivation',
          path: ['answers', 'm2'],
          value: 'Mere håb',
        },
        [`round:${roundId}:notes.groups`]: {
          kind: 'round',
          roundId,
          path: ['notes', 'groups'],
          value: 'Én gruppe om ugen',
        },
      },
      ORPHAN_AFTER_MS + 1,
    );
    expect(await replayJournals()).toBe(3);
    expect((await db.cases.get(id))?.note).toBe('Vi starter med en prøveperiode');
    expect((await db.toolDocs.get([id, 'motivation']))?.data).toEqual({ answers: { m2: 'Mere håb' } });
    expect((await db.rounds.get(roundId))?.data).toEqual({ notes: { groups: 'Én gruppe om ugen' } });
    expect(localStorage.getItem(`${JOURNAL_PREFIX}dead-tab`)).toBeNull();
    // Replaying again changes nothing (idempotent).
    expect(await replayJournals()).toBe(0);
  });

  test('a case kind chosen just before a crash is written, also on a case stored before there were kinds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - ORPHAN_AFTER_MS - 1000);
    const id = await createCase();
    const older = await createCase();
    vi.useRealTimers();
    // The older case was stored by a version without kinds: no `kind` field at all.
    const stored = await db.cases.get(older);
    if (stored) {
      const { kind: _none, ...withoutKind } = stored;
      await db.cases.put(withoutKind);
    }
    leaveDeadTabJournal({
      [`case:${id}:kind`]: { kind: 'case', id, field: 'kind', value: 'volunteer' },
      [`case:${older}:kind`]: { kind: 'case', id: older, field: 'kind', value: 'volunteer' },
      // Not a kind: refused, never stored.
      [`case:${id}:kind2`]: { kind: 'case', id, field: 'kind', value: 'freelance' },
    });
    expect(await replayJournals()).toBe(2);
    expect((await db.cases.get(id))?.kind).toBe('volunteer');
    expect((await db.cases.get(older))?.kind).toBe('volunteer');
  });

  test('an old journalled edit does not overwrite what was saved to the record long after it', async () => {
    const id = await createCase({ note: 'Nyeste tekst' });
    leaveDeadTabJournal(
      { [`case:${id}:note`]: { kind: 'case', id, field: 'note', value: 'Gammel' } },
      60_000,
    );
    expect(await replayJournals()).toBe(0);
    expect((await db.cases.get(id))?.note).toBe('Nyeste tekst');
  });

  test('without Web Locks, a journal that changed moments ago belongs to a live tab and is left alone', async () => {
    const id = await createCase({ note: 'Før' });
    leaveDeadTabJournal({ [`case:${id}:note`]: { kind: 'case', id, field: 'note', value: 'Efter' } }, 0);
    expect(await replayJournals()).toBe(0);
    expect((await db.cases.get(id))?.note).toBe('Før');
    expect(localStorage.getItem(`${JOURNAL_PREFIX}dead-tab`)).not.toBeNull();
  });

  test('edits of deleted cases and unreadable entries are dropped', async () => {
    leaveDeadTabJournal({
      a: { kind: 'case', id: 'gone', field: 'note', value: 'x' },
      b: 'junk',
      c: { kind: 'doc', caseId: 'gone', tool: 'motivation', path: [], value: 'x' },
    });
    expect(await replayJournals()).toBe(0);
    expect(localStorage.getItem(`${JOURNAL_PREFIX}dead-tab`)).toBeNull();
  });

  test('deleting a case removes its journalled edits from every journal on the device', async () => {
    const id = await createCase();
    const keep = await createCase();
    leaveDeadTabJournal(
      {
        a: { kind: 'case', id, field: 'note', value: 'CPR 010101-1234' },
        b: { kind: 'case', id: keep, field: 'note', value: 'Bliver' },
      },
      0,
    );
    journalEdits([[`case:${id}:unit`, { kind: 'case', id, field: 'unit', value: 'Afsnit' }]]);
    await deleteCase(id);
    const everything = JSON.stringify({ ...localStorage });
    expect(everything).not.toContain('010101');
    expect(everything).not.toContain('Afsnit');
    expect(everything).toContain('Bliver');
  });

  test("a journal of the earlier format (the tab's sessionStorage) is still replayed", async () => {
    const id = await createCase({ note: 'Før' });
    sessionStorage.setItem(
      'peerstart.journal',
      JSON.stringify({ k: { kind: 'case', id, field: 'note', value: 'Efter', at: Date.now() } }),
    );
    expect(await replayJournals()).toBe(1);
    expect((await db.cases.get(id))?.note).toBe('Efter');
    expect(sessionStorage.getItem('peerstart.journal')).toBeNull();
  });
});
