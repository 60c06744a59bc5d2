// The lock never costs a character and fails closed (issue 19): the barrier between writes and
// migrations, records set aside instead of failing a list, and lock records that cannot be trusted.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { putRaw, rawDump, rawRecords } from '../../../tests/helpers/raw-idb';
import {
  createCase,
  deleteAllData,
  deleteCase,
  emptyCaseFields,
  loadCaseSnapshot,
  updateCaseField,
} from '../cases';
import { db } from '../db';
import { journalEdits, ownJournal, parseJournal, setJournalSealer } from '../journal';
import { replayEntries } from '../journal-replay';
import { createRound } from '../rounds';
import { reportSetAside } from '../set-aside';
import { createStore } from '../store';
import { setToolField, updateToolData } from '../tool-docs';
import { forgetUnreadable, unreadableParts } from '../unreadable';
import { flushAllWrites } from '../writes';
import { resetAttempts } from './attempts';
import { deriveKeyBytes, newKdfParams } from './kdf';
import { dropAllKeys, sealMode, setSealMode } from './keyring';
import { changePasscode, disableLock, enableLock, migration, shortPasscode, unlock } from './lock';
import { LOCK_META_KEY, legacyConfig, readLockState } from './lock-config';
import { isLockOn } from './lock-flag';
import { checkLockState } from './lock-state';
import { sealJson } from './seal';

const PASSCODE = 'en lille sætning';
const SECRET = 'Var indlagt på Risskov i 2019';

function forgetKeysAsANewPageWould() {
  setSealMode({ kind: 'locked' });
  dropAllKeys();
}

/** Resolves once `check` holds (polled on the store's own changes, not on time). */
function whenMigrationStarted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = migration.subscribe((progress) => {
      if (progress === null) return;
      stop();
      resolve();
    });
  });
}

beforeEach(async () => {
  await db.open();
  if (sealMode().kind === 'locked') setSealMode({ kind: 'open' });
  await deleteAllData();
  await resetAttempts();
  vi.restoreAllMocks();
});

describe('the store barrier', () => {
  test('a write made while the lock is being turned on waits, and is sealed, not lost', async () => {
    const caseIds = await Promise.all(Array.from({ length: 30 }, () => createCase({ peerName: 'X' })));
    const started = whenMigrationStarted();
    const turningOn = enableLock(PASSCODE);
    await started;
    const typed = updateCaseField(caseIds[0] as string, 'note', SECRET);
    await turningOn;
    expect(await typed).toBe(true);
    await flushAllWrites();
    expect((await db.cases.get(caseIds[0] as string))?.note).toBe(SECRET);
    expect(await rawDump()).not.toContain(SECRET);
  });

  test('a migration that fails leaves every record readable under the old mode', async () => {
    const caseId = await createCase({ peerName: SECRET });
    await enableLock(PASSCODE);
    const gen = (sealMode() as { gen: number }).gen;
    vi.spyOn(db.cases, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(disableLock(PASSCODE)).rejects.toThrow();
    expect(sealMode()).toEqual({ kind: 'sealing', gen });
    expect(isLockOn()).toBe(true);
    expect(await rawDump()).not.toContain(SECRET);
    expect((await db.cases.get(caseId))?.peerName).toBe(SECRET);
    // A new page still opens it with the passcode.
    forgetKeysAsANewPageWould();
    await unlock(PASSCODE);
    expect((await db.cases.get(caseId))?.peerName).toBe(SECRET);
  });

  test('a page whose lock was turned on elsewhere holds its writes until it is unlocked', async () => {
    const caseId = await createCase();
    await enableLock(PASSCODE);
    // This page now plays the other tab: it still believes the lock is off.
    dropAllKeys();
    setJournalSealer(null);
    setSealMode({ kind: 'open' });
    const typed = updateCaseField(caseId, 'note', SECRET);
    await vi.waitFor(() => expect(sealMode().kind).toBe('locked'));
    expect(await rawDump()).not.toContain(SECRET);
    await unlock(PASSCODE);
    expect(await typed).toBe(true);
    expect((await db.cases.get(caseId))?.note).toBe(SECRET);
    expect(await rawDump()).not.toContain(SECRET);
  });

  test('a passcode change keeps the data key: an unlocked page goes on writing', async () => {
    const caseId = await createCase();
    await enableLock(PASSCODE);
    await changePasscode(PASSCODE, 'en anden lang sætning');
    await updateCaseField(caseId, 'note', SECRET);
    await checkLockState();
    expect(sealMode().kind).toBe('sealing');
    forgetKeysAsANewPageWould();
    await unlock('en anden lang sætning');
    expect((await db.cases.get(caseId))?.note).toBe(SECRET);
  });

  test('a device locked by an earlier release (version 1) opens with its short passcode, which is asked to change', async () => {
    const caseId = await createCase({ peerName: SECRET });
    const kdf = newKdfParams();
    const key = await deriveKeyBytes('gammel1', kdf);
    // What the earlier release stored: records sealed with the passcode's key itself, each box
    // bound to its table and primary key.
    const [plain] = await rawRecords('cases');
    const { id, createdAt, updatedAt, ...secret } = plain as Record<string, unknown>;
    const box = sealJson(key, secret, `cases|${JSON.stringify([id])}`);
    await putRaw('cases', { id, createdAt, updatedAt, sealed: { g: 7, box } });
    await db.meta.put({ key: LOCK_META_KEY, value: legacyConfig(7, kdf, key) });
    forgetKeysAsANewPageWould();
    await unlock('gammel1');
    expect((await db.cases.get(caseId))?.peerName).toBe(SECRET);
    // 7 characters, allowed then: it still opens, and the screens ask for a longer one.
    expect(shortPasscode.get()).toBe(true);
    await changePasscode('gammel1', 'en ny og længere kode');
    expect(shortPasscode.get()).toBe(false);
    forgetKeysAsANewPageWould();
    await unlock('en ny og længere kode');
    expect((await db.cases.get(caseId))?.peerName).toBe(SECRET);
    expect(shortPasscode.get()).toBe(false);
    // The change sealed the record again in the current form, bound to its kind and case.
    const [stored] = (await rawRecords('cases')) as { sealed?: { v?: number; g: number } }[];
    expect(stored?.sealed).toMatchObject({ v: 2, g: 7 });
    expect(await rawDump()).not.toContain(SECRET);
  });

  test('a new passcode shorter than 8 characters is refused by the store itself, and nothing changes', async () => {
    const caseId = await createCase({ peerName: SECRET });
    await expect(enableLock('kort123')).rejects.toMatchObject({ name: 'PasscodeTooShortError' });
    expect((await readLockState()).kind).toBe('off');
    expect(await rawDump()).toContain(SECRET);
    await enableLock(PASSCODE);
    await expect(changePasscode(PASSCODE, 'kort123')).rejects.toMatchObject({
      name: 'PasscodeTooShortError',
    });
    forgetKeysAsANewPageWould();
    await expect(unlock('kort123')).rejects.toMatchObject({ name: 'WrongPasscodeError' });
    await unlock(PASSCODE);
    expect((await db.cases.get(caseId))?.peerName).toBe(SECRET);
  });
});

describe('fail closed', () => {
  test('a malformed lock record means locked, never off', async () => {
    await db.meta.put({
      key: LOCK_META_KEY,
      value: {
        version: 2,
        gen: 1,
        kdf: { kdf: 'PBKDF2-SHA-256', iterations: 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' },
        wrappedKey: 'x',
      },
    });
    expect(await readLockState()).toEqual({ kind: 'unreadable' });
    const { openAndReplay } = await import('../open-db');
    const status = createStore<import('../db-status').DbStatus>('opening');
    expect(await openAndReplay(status)).toBe('locked');
    expect(isLockOn()).toBe(true);
    await expect(unlock(PASSCODE)).rejects.toMatchObject({ name: 'LockUnreadableError' });
  });

  test('a lock record that cannot be read means locked', async () => {
    vi.spyOn(db.meta, 'get').mockRejectedValueOnce(new DOMException('gone', 'UnknownError'));
    expect(await readLockState()).toEqual({ kind: 'unreadable' });
  });

  test('while the lock is on, a plain record is refused and reported; the rest opens', async () => {
    const caseId = await createCase({ peerName: 'Mette' });
    await enableLock(PASSCODE);
    await putRaw('cases', {
      id: 'planted',
      ...emptyCaseFields,
      organisation: 'Indsat',
      createdAt: 1,
      updatedAt: 1,
    });
    const all = await db.cases.toArray();
    expect(all.map((c) => c.id)).toEqual([caseId]);
    expect(unreadableParts.get()).toMatchObject([
      { where: 'cases', key: 'planted', reason: 'plain-while-locked' },
    ]);
  });

  test('a round moved to another case does not open there (the box is bound to its case)', async () => {
    const first = await createCase();
    const other = await createCase();
    const roundId = await createRound(first, 'readiness', { note: SECRET });
    await enableLock(PASSCODE);
    const [stored] = (await rawRecords('rounds')) as { caseId: string }[];
    await putRaw('rounds', { ...stored, caseId: other });
    expect(await db.rounds.get(roundId)).toBeUndefined();
    expect(unreadableParts.get()).toMatchObject([{ where: 'rounds', key: roundId, reason: 'damaged' }]);
    expect((await loadCaseSnapshot(first))?.case.id).toBe(first);
  });

  test('with the lock on, a plain journal is refused and an edit to an unknown field is never replayed', async () => {
    await enableLock(PASSCODE);
    const plain = JSON.stringify({ k: { kind: 'case', id: 'a', field: 'note', value: 'x', at: 1 } });
    expect(parseJournal(plain, 'peerstart.journal.other')).toEqual({});
    expect(unreadableParts.get()).toMatchObject([{ where: 'journal', reason: 'plain-while-locked' }]);
    const caseId = await createCase();
    const written = await replayEntries({
      k: { kind: 'case', id: caseId, field: 'createdAt', value: '0', at: Date.now() } as never,
    });
    expect(written).toBe(0);
  });
});

describe('never fail the whole list', () => {
  test('one damaged record is set aside and reported; every other case opens and the lock can still be turned off', async () => {
    const ids = await Promise.all([
      createCase({ peerName: 'A' }),
      createCase({ peerName: 'B' }),
      createCase({ peerName: 'C' }),
    ]);
    await enableLock(PASSCODE);
    const records = (await rawRecords('cases')) as { id: string; sealed: { box: Uint8Array } }[];
    const victim = records.find((r) => r.id === ids[1]);
    if (!victim) throw new Error('no record');
    victim.sealed.box[20] = (victim.sealed.box[20] ?? 0) ^ 0xff;
    await putRaw('cases', victim);

    const list = await db.cases.toArray();
    expect(list.map((c) => c.peerName).sort()).toEqual(['A', 'C']);
    expect(unreadableParts.get()).toMatchObject([{ where: 'cases', key: ids[1], reason: 'damaged' }]);

    await disableLock(PASSCODE);
    expect((await db.cases.toArray()).map((c) => c.peerName).sort()).toEqual(['A', 'C']);
    expect(await rawDump()).toContain('"peerName":"A"');
  });
});

describe('a damaged tool document', () => {
  test('typing into its tool saves the new text and keeps the damaged bytes aside, listed after a reload too', async () => {
    const caseId = await createCase({ peerName: 'A' });
    await setToolField(caseId, 'motivation', ['answers', 'm1'], SECRET);
    await enableLock(PASSCODE);
    const [doc] = (await rawRecords('toolDocs')) as { sealed: { box: Uint8Array } }[];
    if (!doc) throw new Error('no document');
    doc.sealed.box[20] = (doc.sealed.box[20] ?? 0) ^ 0xff;
    await putRaw('toolDocs', doc);
    const damaged = new Uint8Array(doc.sealed.box);
    expect(await db.toolDocs.get([caseId, 'motivation'])).toBeUndefined();

    // The tool shows empty; what is typed now is saved, not refused and not lost.
    expect(await setToolField(caseId, 'motivation', ['answers', 'm2'], 'Ny tekst')).toBe(true);
    await updateToolData(caseId, 'motivation', (data) => ({ ...data, extra: 'hele dokumentet' }));
    const saved = await db.toolDocs.get([caseId, 'motivation']);
    expect(saved?.data).toMatchObject({ answers: { m2: 'Ny tekst' }, extra: 'hele dokumentet' });

    // The damaged bytes are kept aside, still listed now that the document reads again, and
    // listed again by a new page.
    expect(unreadableParts.get()).toMatchObject([{ where: 'toolDocs', reason: 'damaged' }]);
    forgetUnreadable();
    await reportSetAside();
    const [part] = unreadableParts.get() as readonly {
      where: string;
      reason: string;
      raw: { sealed: { box: Uint8Array } };
    }[];
    expect(part).toMatchObject({ where: 'toolDocs', reason: 'damaged' });
    expect(part?.raw.sealed.box).toEqual(damaged);

    // Deleting the case leaves nothing of them behind.
    await deleteCase(caseId);
    expect(unreadableParts.get()).toEqual([]);
    expect(await db.meta.where('key').startsWith('set-aside:').count()).toBe(0);
  });
});

describe('journals across a lock change', () => {
  test("turning the lock on seals another tab's plain journal; turning it off opens it again", async () => {
    const caseId = await createCase();
    localStorage.setItem(
      'peerstart.journal.othertab',
      JSON.stringify({ k: { kind: 'case', id: caseId, field: 'note', value: SECRET, at: Date.now() } }),
    );
    await enableLock(PASSCODE);
    expect(localStorage.getItem('peerstart.journal.othertab')).toMatch(/^sealed:/);
    expect(JSON.stringify(localStorage)).not.toContain(SECRET);
    await disableLock(PASSCODE);
    expect(localStorage.getItem('peerstart.journal.othertab')).toContain(SECRET);
    localStorage.removeItem('peerstart.journal.othertab');
  });

  test('a locked page keeps what its journal stored and holds new edits in memory', async () => {
    await enableLock(PASSCODE);
    journalEdits([['case:a:note', { kind: 'case', id: 'a', field: 'note', value: 'first' }]]);
    const ownKey = Object.keys(localStorage).find(
      (k) => k.startsWith('peerstart.journal.') && k !== 'peerstart.journal.othertab',
    );
    const sealedBefore = ownKey ? localStorage.getItem(ownKey) : null;
    expect(sealedBefore).toMatch(/^sealed:/);
    forgetKeysAsANewPageWould();
    setJournalSealer(null);
    journalEdits([['case:a:note', { kind: 'case', id: 'a', field: 'note', value: SECRET }]]);
    expect(ownKey ? localStorage.getItem(ownKey) : null).toBe(sealedBefore);
    expect(Object.values(ownJournal()).some((e) => e.kind === 'case' && e.value === SECRET)).toBe(true);
    await unlock(PASSCODE);
    expect(ownKey ? localStorage.getItem(ownKey) : null).not.toBe(sealedBefore);
    expect(JSON.stringify(localStorage)).not.toContain(SECRET);
  });
});
