import { beforeEach, describe, expect, test, vi } from 'vitest';
import { rawDump } from '../../../tests/helpers/raw-idb';
import { createCase, deleteAllData, loadCaseSnapshot, updateCaseField } from '../cases';
import { db } from '../db';
import { journalEdits, ownJournal, setJournalSealer } from '../journal';
import { readListSnapshot, writeListSnapshot } from '../list-snapshot';
import { createRound, setRoundField } from '../rounds';
import { setToolField } from '../tool-docs';
import { flushAllWrites } from '../writes';
import { FREE_ATTEMPTS, resetAttempts } from './attempts';
import { dropAllKeys, LockedError, setSealMode } from './keyring';
import { changePasscode, disableLock, enableLock, unlock, WrongPasscodeError } from './lock';
import { isLockOn } from './lock-flag';

const SECRET = 'Lisbeth Østergaard-Nielsen';
const NOTE = 'Har selv brugt psykiatrien i Vejle og vil ikke have det nævnt over for borgerne.';
const PASSCODE = 'rødgrød42';

async function caseWithAnswers(): Promise<{ caseId: string; roundId: string }> {
  const caseId = await createCase({ peerName: SECRET, note: NOTE });
  await setToolField(caseId, 'motivation', ['answers', 'why'], NOTE);
  const roundId = await createRound(caseId, 'readiness', { answers: {} });
  await setRoundField(roundId, ['note'], SECRET);
  await flushAllWrites();
  return { caseId, roundId };
}

/** What a fresh page knows: the lock is on and no key is in memory. */
function forgetKeysAsANewPageWould() {
  setSealMode({ kind: 'locked' });
  dropAllKeys();
}

beforeEach(async () => {
  await db.open();
  await deleteAllData();
  resetAttempts();
});

describe('passcode lock', () => {
  test('turning it on seals every record that holds typed text; the app still reads it all', async () => {
    const { caseId } = await caseWithAnswers();
    expect(await rawDump()).toContain(SECRET);

    await enableLock(PASSCODE);

    const raw = await rawDump();
    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain('psykiatrien');
    expect(isLockOn()).toBe(true);
    const snapshot = await loadCaseSnapshot(caseId);
    expect(snapshot?.case.peerName).toBe(SECRET);
    expect(snapshot?.toolDocs[0]?.data).toEqual({ answers: { why: NOTE } });
    expect(snapshot?.rounds[0]?.data).toMatchObject({ note: SECRET });
  });

  test('writes after turning it on are sealed too, field by field', async () => {
    const { caseId } = await caseWithAnswers();
    await enableLock(PASSCODE);
    await updateCaseField(caseId, 'managerName', 'Jørgen Kvist');
    await flushAllWrites();
    expect(await rawDump()).not.toContain('Jørgen Kvist');
    expect((await db.cases.get(caseId))?.managerName).toBe('Jørgen Kvist');
  });

  test('a new page cannot read anything until the right passcode unlocks it', async () => {
    const { caseId } = await caseWithAnswers();
    await enableLock(PASSCODE);
    forgetKeysAsANewPageWould();

    await expect(db.cases.get(caseId)).rejects.toThrow(LockedError);
    await expect(unlock('forkert-kode')).rejects.toThrow(WrongPasscodeError);
    await expect(db.cases.get(caseId)).rejects.toThrow(LockedError);

    await unlock(PASSCODE);
    expect((await db.cases.get(caseId))?.peerName).toBe(SECRET);
  });

  test('after five wrong passcodes, even the right one must wait', async () => {
    await caseWithAnswers();
    await enableLock(PASSCODE);
    forgetKeysAsANewPageWould();
    for (let i = 0; i < FREE_ATTEMPTS - 1; i++) {
      await expect(unlock(`forkert-${i}`)).rejects.toMatchObject({ name: 'WrongPasscodeError', waitMs: 0 });
    }
    await expect(unlock('forkert-sidste')).rejects.toMatchObject({ name: 'WrongPasscodeError' });
    await expect(unlock(PASSCODE)).rejects.toMatchObject({ name: 'AttemptWaitError' });
  });

  test('after a passcode change only the new passcode opens, and everything reads', async () => {
    const { caseId } = await caseWithAnswers();
    await enableLock(PASSCODE);
    await changePasscode(PASSCODE, 'ny-kode-2026');
    forgetKeysAsANewPageWould();
    await expect(unlock(PASSCODE)).rejects.toThrow(WrongPasscodeError);
    await unlock('ny-kode-2026');
    expect((await db.cases.get(caseId))?.note).toBe(NOTE);
  });

  test('turning it off stores everything readable again, with nothing lost', async () => {
    const { caseId } = await caseWithAnswers();
    await enableLock(PASSCODE);
    await disableLock(PASSCODE);
    expect(isLockOn()).toBe(false);
    expect(await rawDump()).toContain(SECRET);
    expect((await loadCaseSnapshot(caseId))?.toolDocs[0]?.data).toEqual({ answers: { why: NOTE } });
  });

  test('a failure midway (a full disk) leaves every record as it was, and the lock off', async () => {
    const { caseId } = await caseWithAnswers();
    const quota = vi
      .spyOn(db.rounds, 'bulkPut')
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(enableLock(PASSCODE)).rejects.toThrow();
    quota.mockRestore();
    expect(isLockOn()).toBe(false);
    expect(await rawDump()).toContain(SECRET);
    await updateCaseField(caseId, 'unit', 'Team Nord');
    await flushAllWrites();
    expect(await rawDump()).toContain('Team Nord'); // the page writes unsealed, as the lock record says
  });

  test('with the lock on, the journal is stored sealed and the list snapshot is not stored', async () => {
    const { caseId } = await caseWithAnswers();
    const record = await db.cases.get(caseId);
    if (!record) throw new Error('The case was not stored');
    writeListSnapshot([record]);
    expect(readListSnapshot()?.lines[0]?.peerName).toBe(SECRET);
    await enableLock(PASSCODE);
    expect(readListSnapshot()).toBeNull();
    expect(JSON.stringify(localStorage)).not.toContain(SECRET);

    journalEdits([
      ['case:x:peerName', { kind: 'case', id: caseId, field: 'peerName', value: 'Kirsten Bach' }],
    ]);
    const stored = Object.keys(localStorage)
      .filter((key) => key.startsWith('peerstart.journal.'))
      .map((key) => localStorage.getItem(key))
      .join();
    expect(stored).toContain('sealed:');
    expect(stored).not.toContain('Kirsten Bach');
    expect(
      Object.values(ownJournal()).some((entry) => entry.kind === 'case' && entry.value === 'Kirsten Bach'),
    ).toBe(true);
    setJournalSealer(null);
  });

  test('"Slet alle data" removes the lock with everything else', async () => {
    await caseWithAnswers();
    await enableLock(PASSCODE);
    await deleteAllData();
    expect(isLockOn()).toBe(false);
    const id = await createCase({ peerName: 'Ny person' });
    expect((await db.cases.get(id))?.peerName).toBe('Ny person');
    expect(await rawDump()).toContain('Ny person');
  });
});
