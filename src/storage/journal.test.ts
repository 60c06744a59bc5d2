import { beforeEach, describe, expect, test } from 'vitest';
import { createCase, deleteAllData, updateCaseField } from './cases';
import { db } from './db';
import { journalEdit, readJournal } from './journal';
import { replayJournal } from './journal-replay';
import { createRound } from './rounds';
import { setToolField } from './tool-docs';

beforeEach(async () => {
  await db.open();
  await deleteAllData();
  sessionStorage.clear();
  readJournal(); // the module keeps a copy of the tab's journal in memory
});

describe('edit journal', () => {
  test('a committed edit leaves nothing in the journal', async () => {
    const id = await createCase();
    await updateCaseField(id, 'note', 'Gemt med det samme');
    await setToolField(id, 'motivation', ['answers', 'm1'], 'Svar');
    expect(readJournal()).toEqual({});
  });

  test('an edit a reload cut off before it committed is written when the page starts again', async () => {
    const id = await createCase({ note: 'Vi starter' });
    const roundId = await createRound(id, 'role-star', { notes: {} });
    // What the old page journalled on its last keystrokes, but never committed:
    journalEdit(`case:${id}:note`, {
      kind: 'case',
      id,
      field: 'note',
      value: 'Vi starter med en prøveperiode',
    });
    journalEdit(`doc:${id}:motivation:answers.m2`, {
      kind: 'doc',
      caseId: id,
      tool: 'motivation',
      path: ['answers', 'm2'],
      value: 'Mere håb',
    });
    journalEdit(`round:${roundId}:notes.groups`, {
      kind: 'round',
      roundId,
      path: ['notes', 'groups'],
      value: 'Én gruppe om ugen',
    });
    expect(await replayJournal()).toBe(3);
    expect((await db.cases.get(id))?.note).toBe('Vi starter med en prøveperiode');
    expect((await db.toolDocs.get([id, 'motivation']))?.data).toEqual({ answers: { m2: 'Mere håb' } });
    expect((await db.rounds.get(roundId))?.data).toEqual({ notes: { groups: 'Én gruppe om ugen' } });
    expect(readJournal()).toEqual({});
  });

  test('an old journalled edit does not overwrite what was saved to the record long after it', async () => {
    const id = await createCase({ note: 'Nyeste tekst' });
    sessionStorage.setItem(
      'peerstart.journal',
      JSON.stringify({ [`case:${id}:note`]: { kind: 'case', id, field: 'note', value: 'Gammel', at: 1 } }),
    );
    expect(await replayJournal()).toBe(0);
    expect((await db.cases.get(id))?.note).toBe('Nyeste tekst');
    expect(readJournal()).toEqual({});
  });

  test('edits of deleted cases and unreadable entries are dropped', async () => {
    sessionStorage.setItem(
      'peerstart.journal',
      JSON.stringify({
        a: { kind: 'case', id: 'gone', field: 'note', value: 'x', at: Date.now() },
        b: 'junk',
      }),
    );
    expect(await replayJournal()).toBe(0);
    expect(readJournal()).toEqual({});
  });
});
