// Issue 19: a record that cannot be opened is set aside and reported, never takes the list with it.
// With the lock on, one case's sealed box is damaged on disk (a flipped byte, as a disk fault or a
// half-copied profile leaves it), or a plain record turns up among the sealed ones (nothing the app
// writes): after unlocking, the case list opens with every other case and says "1 del kunne ikke
// læses".
import { caseField, createCase, putRecord, readStore } from './helpers/app.mjs';
import { openUnlocked, turnLockOn } from './helpers/lock.mjs';
import { expect, test } from './helpers/test.mjs';

const ORGANISATIONS = ['Bostedet Lærkely', 'Recoveryhuset Kløverbakken', 'Værestedet Havnen'];
const NOTICE = '1 del kunne ikke læses';

/** Three cases made through the UI, then the lock turned on; returns their ids in ORGANISATIONS' order. */
async function lockedTablet(t) {
  const page = await t.newPage();
  await t.open(page, '/');
  const ids = [];
  for (const organisation of ORGANISATIONS) {
    ids.push(await createCase(t, page));
    await caseField(page, 'organisation').fill(organisation);
    await t.waitForSaved(page);
  }
  await turnLockOn(t, page);
  return { page, ids };
}

/**
 * Flips one byte in the middle of a stored record's sealed box, straight in IndexedDB (as a disk
 * fault would); resolves with the box's bytes before and after.
 */
function damageBox(page, store, key) {
  return page.evaluate(
    ({ store, key }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peerstart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          const objects = tx.objectStore(store);
          let bytes;
          objects.get(key).onsuccess = (event) => {
            const record = event.target.result;
            const box = new Uint8Array(record.sealed.box);
            const before = Array.from(box);
            box[box.length >> 1] ^= 0xff;
            bytes = { before, after: Array.from(box) };
            objects.put({ ...record, sealed: { ...record.sealed, box } });
          };
          tx.oncomplete = () => {
            db.close();
            resolve(bytes);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, key },
  );
}

/** A stored record's sealed box as plain numbers (or null when it has none). */
function storedBox(page, store, key) {
  return readStore(page, store, key).then((record) =>
    record?.sealed?.box ? Array.from(Object.values(record.sealed.box)) : null,
  );
}

/** After a reload and unlock: the list shows the cases of `organisations` and says one part is unreadable. */
async function expectListWithNotice(t, page, organisations) {
  await openUnlocked(t, page, '/');
  for (const organisation of organisations) {
    await expect(page.locator('.case-card').filter({ hasText: organisation })).toBeVisible({
      timeout: 30_000,
    });
  }
  await expect(page.getByText(NOTICE, { exact: false }).first()).toBeVisible();
}

test('a case whose sealed box is damaged: the list opens with the other cases and says "1 del kunne ikke læses"', async ({
  t,
}) => {
  const { page, ids } = await lockedTablet(t);
  const bytes = await damageBox(page, 'cases', ids[1]);
  expect(bytes.before.length, 'the case is stored sealed').toBeGreaterThan(16);

  await expectListWithNotice(t, page, [ORGANISATIONS[0], ORGANISATIONS[2]]);
  await expect(page.locator('.case-card')).toHaveCount(2);
  // Set aside, not repaired or deleted: the damaged bytes are still there for someone to recover.
  expect(await storedBox(page, 'cases', ids[1])).toEqual(bytes.after);
});

test('a plain case record among sealed ones while the lock is on: the list opens with the sealed cases and says "1 del kunne ikke læses"', async ({
  t,
}) => {
  const { page, ids } = await lockedTablet(t);
  const sealed = await readStore(page, 'cases', ids[0]);
  await putRecord(page, 'cases', {
    id: sealed.id,
    organisation: 'Planted i klartekst',
    unit: '',
    roleTitle: '',
    managerName: '',
    peerName: '',
    startDate: '',
    note: '',
    createdAt: sealed.createdAt,
    updatedAt: sealed.updatedAt,
  });

  await expectListWithNotice(t, page, [ORGANISATIONS[1], ORGANISATIONS[2]]);
  // Fail closed: with the lock on, a plain record is never shown as if it were the case.
  await expect(page.getByText('Planted i klartekst')).toHaveCount(0);
});
