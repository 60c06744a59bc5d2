import { beforeEach, describe, expect, test } from 'vitest';
import { createCase, deleteAllData, deleteCase, duplicateCase, loadCaseSnapshot } from './cases';
import { db } from './db';
import { createRound } from './rounds';
import { setToolField, updateToolData } from './tool-docs';
import { saveState } from './writes';

beforeEach(async () => {
  await db.open();
  await deleteAllData();
});

describe('a case and what belongs to it stay together', () => {
  test('typing into a tool of a case another tab deleted leaves nothing behind', async () => {
    const id = await createCase();
    await setToolField(id, 'motivation', ['answers', 'm1'], 'Første');
    await deleteCase(id);
    // The other tab keeps typing (a CPR-like number, even) after the delete.
    expect(await setToolField(id, 'motivation', ['answers', 'm1'], 'Første 010101-1234')).toBe(false);
    await updateToolData(id, 'job-start', (data) => ({ ...data, custom: { c: { text: 'x' } } })).catch(
      () => undefined,
    );
    expect(await db.toolDocs.toArray()).toEqual([]);
    expect(saveState.get().error).toBeNull();
  });

  test('a copied case keeps which round each Role Star round started from', async () => {
    const id = await createCase({ organisation: 'Bostedet' });
    const first = await createRound(id, 'role-star', { name: 'Runde 1' });
    await createRound(id, 'role-star', { name: 'Runde 2', startedFrom: first });
    const copyId = await duplicateCase(id, '(kopi)');
    const copy = await loadCaseSnapshot(copyId ?? '');
    const copiedFirst = copy?.rounds.find((round) => round.data.name === 'Runde 1');
    const copiedSecond = copy?.rounds.find((round) => round.data.name === 'Runde 2');
    expect(copiedFirst?.id).not.toBe(first);
    expect(copiedSecond?.data.startedFrom).toBe(copiedFirst?.id);
  });
});
