import { beforeEach, describe, expect, test } from 'vitest';
import { createCase, deleteAllData, deleteCase, loadCaseSnapshot } from './cases';
import { db } from './db';
import { readListSnapshot, SNAPSHOT_LINES, writeListSnapshot } from './list-snapshot';

beforeEach(async () => {
  await db.open();
  await deleteAllData();
  localStorage.clear();
});

async function allCases() {
  return db.cases.orderBy('updatedAt').reverse().toArray();
}

describe('the case list snapshot', () => {
  test('holds only what the list shows, for its first page', async () => {
    for (let i = 0; i < SNAPSHOT_LINES + 3; i++)
      await createCase({ organisation: `Sted ${i}`, note: 'Hemmelig note' });
    writeListSnapshot(await allCases());
    const snapshot = readListSnapshot();
    expect(snapshot?.total).toBe(SNAPSHOT_LINES + 3);
    expect(snapshot?.lines).toHaveLength(SNAPSHOT_LINES);
    expect(JSON.stringify(localStorage)).not.toContain('Hemmelig');
  });

  test('a deleted case leaves the snapshot at once, and "delete all" empties it', async () => {
    const gone = await createCase({ organisation: 'Slettes' });
    await createCase({ organisation: 'Bliver' });
    writeListSnapshot(await allCases());
    await deleteCase(gone);
    expect(readListSnapshot()?.lines.map((line) => line.organisation)).toEqual(['Bliver']);
    expect(await loadCaseSnapshot(gone)).toBeUndefined();
    await deleteAllData();
    expect(readListSnapshot()).toBeNull();
  });

  test('an unreadable snapshot counts as none', () => {
    localStorage.setItem('peerstart.list.v1', '{"lines": 5');
    expect(readListSnapshot()).toBeNull();
  });
});
