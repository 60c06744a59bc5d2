// Many cases at once, written straight into IndexedDB (as a tablet that has been used for a year
// would hold them), and a look at how they are stored: for the lock's specs, whose migrations must
// have enough to do to be interrupted or overlapped.

import { waitForAppDatabase } from './app.mjs';

/** `seed-0000`, `seed-0001` …: the id of the `i`th seeded case (0 is the most recently edited). */
export function seededCaseId(i) {
  return `seed-${String(i).padStart(4, '0')}`;
}

/**
 * Writes `count` cases, each with a Motivation answer (`Svar i: …`) and a readiness round, in one
 * transaction. `text` is repeated `repeat` times in the note and the answer, so records have weight.
 */
export async function seedCases(page, count, { text, repeat }) {
  await waitForAppDatabase(page);
  return page.evaluate(
    ({ count, text, repeat }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peerstart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cases', 'toolDocs', 'rounds'], 'readwrite');
          const now = Date.now();
          const long = `${text} `.repeat(repeat);
          for (let i = 0; i < count; i++) {
            const id = `seed-${String(i).padStart(4, '0')}`;
            const at = now - i * 1000;
            tx.objectStore('cases').put({
              id,
              organisation: `Bostedet nr. ${i}`,
              unit: 'Team Syd',
              roleTitle: 'Peer-medarbejder',
              managerName: `Leder ${i}`,
              peerName: `Peer ${i}`,
              startDate: '',
              note: `Note ${i}: ${long}`,
              createdAt: at,
              updatedAt: at,
            });
            tx.objectStore('toolDocs').put({
              caseId: id,
              tool: 'motivation',
              data: { answers: { m1: `Svar ${i}: ${long}` } },
              updatedAt: at,
            });
            tx.objectStore('rounds').put({
              id: `${id}-r1`,
              caseId: id,
              tool: 'readiness',
              createdAt: at,
              updatedAt: at,
              data: { answers: {}, note: `Runde ${i}: ${text}` },
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { count, text, repeat },
  );
}

/** How many case, tool and round records are stored sealed and how many plain, and whether the lock record is there. */
export function storedForm(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peerstart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cases', 'toolDocs', 'rounds', 'meta'], 'readonly');
          const result = { sealed: 0, plain: 0, lockRecord: false };
          for (const name of ['cases', 'toolDocs', 'rounds']) {
            tx.objectStore(name).getAll().onsuccess = (event) => {
              for (const record of event.target.result) result[record.sealed ? 'sealed' : 'plain']++;
            };
          }
          tx.objectStore('meta').get('lock').onsuccess = (event) => {
            result.lockRecord = event.target.result !== undefined;
          };
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
