/**
 * Every released schema version must open with the newest code with all records intact.
 * Each fixture writes a database exactly as that version's code did, closes it, and opens it
 * with PeerstartDb. Add a fixture here whenever SCHEMA_VERSIONS grows.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { type CaseRecord, PeerstartDb, SCHEMA_VERSIONS } from './db';

const name = 'peerstart-migration-test';

const v1Case: CaseRecord = {
  id: 'case-from-v1',
  organisation: 'Socialpsykiatrien Øst',
  unit: 'Team Ådalen',
  roleTitle: 'Peer-medarbejder',
  managerName: 'Mette Æbelø',
  peerName: 'Jonas',
  startDate: '2026-02-01',
  note: '<b>ikke html</b> 🙂',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
};

/** Writes a database as schema v1 shipped it: cases and meta only. */
async function writeV1Fixture(): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ cases: 'id, updatedAt', meta: 'key' });
  await v1.table('cases').add(v1Case);
  await v1.table('meta').put({ key: 'persistRequestedAt', value: 1_700_000_000_500 });
  v1.close();
}

afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema migrations', () => {
  test('the versions are numbered 1, 2, … without gaps (released versions are never removed)', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  test('a v1 database opens with the newest code with every record intact', async () => {
    await writeV1Fixture();
    const current = new PeerstartDb(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await current.cases.toArray()).toEqual([v1Case]);
    expect(await current.meta.get('persistRequestedAt')).toEqual({
      key: 'persistRequestedAt',
      value: 1_700_000_000_500,
    });
    // The tables added after v1 are usable straight away.
    await current.toolDocs.add({
      caseId: v1Case.id,
      tool: 'motivation',
      data: { answers: {} },
      updatedAt: 1,
    });
    await current.rounds.add({
      id: 'r1',
      caseId: v1Case.id,
      tool: 'role-star',
      createdAt: 1,
      updatedAt: 1,
      data: {},
    });
    expect(await current.toolDocs.where('caseId').equals(v1Case.id).count()).toBe(1);
    expect(await current.rounds.where('[caseId+tool]').equals([v1Case.id, 'role-star']).count()).toBe(1);
    current.close();
  });

  test('a database upgraded by a newer app version still opens, records intact (Dexie 4 allows it)', async () => {
    // A second tab may run the previous version after an update; it must still read the data.
    const newer = new Dexie(name);
    newer.version(99).stores({ cases: 'id, updatedAt', meta: 'key', future: 'id' });
    await newer.table('cases').add(v1Case);
    newer.close();
    const current = new PeerstartDb(name);
    await current.open();
    expect(await current.cases.toArray()).toEqual([v1Case]);
    current.close();
  });
});
