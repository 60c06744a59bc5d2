import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createCase,
  deleteAllData,
  deleteCase,
  duplicateCase,
  loadCaseSnapshot,
  restoreCase,
  updateCaseField,
} from './cases';
import { db } from './db';
import { createRound, setRoundField } from './rounds';
import { setToolField, updateToolData } from './tool-docs';
import { flushAllWrites } from './writes';

beforeEach(async () => {
  await db.open();
  await deleteAllData();
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Moves the clock one second on (fake time for Date only, from the first call to the end of the
 * test), so the next write is stamped later without sleeping.
 */
function later() {
  if (!vi.isFakeTimers()) vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 1000);
}

describe('cases repository', () => {
  test('a new case starts empty and is stored with created and updated times', async () => {
    const id = await createCase({ organisation: 'Bostedet Åbrinken' });
    const stored = await db.cases.get(id);
    expect(stored).toMatchObject({ organisation: 'Bostedet Åbrinken', roleTitle: '', peerName: '' });
    expect(stored?.createdAt).toBe(stored?.updatedAt);
  });

  test('typing into a field saves it and moves the case to the top of "last edited"', async () => {
    const first = await createCase({ organisation: 'A' });
    later();
    await createCase({ organisation: 'B' });
    later();
    await updateCaseField(first, 'managerName', 'Søren Ørsted');
    const ordered = await db.cases.orderBy('updatedAt').reverse().toArray();
    expect(ordered.map((c) => c.organisation)).toEqual(['A', 'B']);
    expect(ordered[0]?.managerName).toBe('Søren Ørsted');
  });

  test('rapid keystrokes to one field end with the last value, never an older one', async () => {
    const id = await createCase();
    const text = 'Peer-medarbejder i distriktspsykiatrien';
    for (let i = 1; i <= text.length; i++) void updateCaseField(id, 'roleTitle', text.slice(0, i));
    await flushAllWrites();
    expect((await db.cases.get(id))?.roleTitle).toBe(text);
  });

  test('duplicating copies the answers and rounds under new ids, leaving the original alone', async () => {
    const id = await createCase({ organisation: 'Kommune' });
    await setToolField(id, 'motivation', ['answers', 'm1'], 'Vi vil lære af levede erfaringer');
    const roundId = await createRound(id, 'role-star', { name: 'Ansættelsessamtale' });
    const copyId = await duplicateCase(id, '(kopi)');
    expect(copyId).toBeDefined();
    const copy = await loadCaseSnapshot(copyId ?? '');
    expect(copy?.case.organisation).toBe('Kommune (kopi)');
    expect(copy?.toolDocs[0]?.data).toEqual({ answers: { m1: 'Vi vil lære af levede erfaringer' } });
    expect(copy?.rounds).toHaveLength(1);
    expect(copy?.rounds[0]?.id).not.toBe(roundId);
    expect((await loadCaseSnapshot(id))?.rounds[0]?.id).toBe(roundId);
  });

  test('deleting removes the case with everything in it, and undo restores it exactly', async () => {
    const id = await createCase({ organisation: 'Værestedet' });
    await setToolField(id, 'job-start', ['items', 'j1', 'done'], true);
    await createRound(id, 'readiness', { name: 'Første måling' });
    const before = await loadCaseSnapshot(id);
    const snapshot = await deleteCase(id);
    expect(await db.cases.count()).toBe(0);
    expect(await db.toolDocs.count()).toBe(0);
    expect(await db.rounds.count()).toBe(0);
    if (!snapshot) throw new Error('deleteCase returned nothing to restore');
    await restoreCase(snapshot);
    expect(await loadCaseSnapshot(id)).toEqual(before);
  });
});

describe('tool documents', () => {
  test('the first answer creates the document; later answers change only their own field', async () => {
    const id = await createCase();
    await setToolField(id, 'motivation', ['answers', 'm1'], 'Inspireret af et besøg');
    await setToolField(id, 'motivation', ['answers', 'm2'], 'Mere håb i hverdagen');
    const doc = await db.toolDocs.get([id, 'motivation']);
    expect(doc?.data).toEqual({ answers: { m1: 'Inspireret af et besøg', m2: 'Mere håb i hverdagen' } });
  });

  test('two writers of different fields of the same tool both keep their edit', async () => {
    const id = await createCase();
    await Promise.all([
      setToolField(id, 'practicalities', ['hours'], '25'),
      setToolField(id, 'practicalities', ['supervision', 'who'], 'Ekstern supervisor'),
    ]);
    const doc = await db.toolDocs.get([id, 'practicalities']);
    expect(doc?.data).toEqual({ hours: '25', supervision: { who: 'Ekstern supervisor' } });
  });

  test('setting a field to undefined removes it', async () => {
    const id = await createCase();
    await setToolField(id, 'hiring-topics', ['ratings', 'i1'], 4);
    await setToolField(id, 'hiring-topics', ['ratings', 'i1'], undefined);
    expect((await db.toolDocs.get([id, 'hiring-topics']))?.data).toEqual({ ratings: {} });
  });

  test('a structural change reads and writes atomically', async () => {
    const id = await createCase();
    await updateToolData(id, 'motivation', (data) => ({
      ...data,
      custom: { c1: { text: 'Egen', order: 1 } },
    }));
    await updateToolData(id, 'motivation', (data) => ({ ...data, summary: 'Kort' }));
    expect((await db.toolDocs.get([id, 'motivation']))?.data).toEqual({
      custom: { c1: { text: 'Egen', order: 1 } },
      summary: 'Kort',
    });
  });

  test('a path segment with a dot is refused instead of writing somewhere unexpected', async () => {
    const id = await createCase();
    expect(() => setToolField(id, 'motivation', ['answers.m1'], 'x')).toThrow(/Invalid field path/);
  });
});

describe('rounds', () => {
  test('a rating in a round is saved and marks the case as edited', async () => {
    const id = await createCase();
    const before = (await db.cases.get(id))?.updatedAt ?? 0;
    const roundId = await createRound(id, 'role-star', { ratings: { manager: {}, peer: {} } });
    later();
    await setRoundField(roundId, ['ratings', 'manager', 'one-to-one'], 3);
    expect((await db.rounds.get(roundId))?.data).toEqual({
      ratings: { manager: { 'one-to-one': 3 }, peer: {} },
    });
    expect((await db.cases.get(id))?.updatedAt).toBeGreaterThan(before);
  });
});
