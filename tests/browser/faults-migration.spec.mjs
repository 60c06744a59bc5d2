import { SCHEMAS } from '../fixtures/schemas.mjs';
import { assertCaseFields, caseField, openCase, readStore, waitForStoredField } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title = 'a database from every earlier schema version opens with the newest code, every record intact';

/** Creates the database exactly as schema `schema` had it, with its data, in the page's origin. */
function createOldDatabase(page, schema) {
  return page.evaluate(
    (schema) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('peerstart', schema.native);
        request.onupgradeneeded = () => {
          const db = request.result;
          for (const store of schema.stores) {
            const os = db.createObjectStore(store.name, { keyPath: store.keyPath });
            for (const [name, keyPath] of store.indexes) os.createIndex(name, keyPath);
          }
          for (const [name, records] of Object.entries(schema.data)) {
            for (const record of records) request.transaction.objectStore(name).add(record);
          }
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    schema,
  );
}

function nativeVersion(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('peerstart');
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
      }),
  );
}

test(title, async ({ t }) => {
  let current;
  for (const schema of SCHEMAS) {
    const page = await t.newPage();
    // A page of the same origin that is not the app (no service worker yet, no Dexie).
    await page.goto(new URL('/robots.txt', t.baseUrl).href);
    await createOldDatabase(page, schema);
    expect(await nativeVersion(page)).toBe(schema.native);

    await t.open(page, '/');
    for (const record of schema.data.cases) {
      const name = [record.organisation, record.roleTitle].filter(Boolean).join(' – ') || record.unit;
      await page.locator('.case-card').filter({ hasText: name }).first().waitFor({ timeout: 5000 });
    }
    expect(await page.locator('.case-card').count()).toBe(schema.data.cases.length);
    current = (await nativeVersion(page)) / 10;
    expect(current >= schema.version, `the app upgraded v${schema.version} to v${current}`).toBeTruthy();

    // Every record of every store is still there, exactly.
    for (const [store, records] of Object.entries(schema.data)) {
      const stored = await readStore(page, store);
      const byKey = (r) => JSON.stringify(r.id ?? r.key ?? [r.caseId, r.tool]);
      expect(
        [...stored].sort((a, b) => byKey(a).localeCompare(byKey(b))),
        `${store} intact after opening v${schema.version}`,
      ).toEqual([...records].sort((a, b) => byKey(a).localeCompare(byKey(b))));
    }

    // Each old case opens and is editable with the newest code.
    for (const record of schema.data.cases) {
      await openCase(t, page, record.id);
      const { id, createdAt, updatedAt, ...fields } = record;
      await assertCaseFields(page, id, fields);
    }
    const first = schema.data.cases[0];
    await openCase(t, page, first.id);
    await caseField(page, 'note').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Redigeret efter opgraderingen.');
    await waitForStoredField(page, first.id, 'note', `${first.note} Redigeret efter opgraderingen.`);
    await page.context().close();
  }
  // Every schema below the current one has a fixture (add one when db.ts gets a new version).
  for (let version = 1; version < current; version++) {
    expect(
      SCHEMAS.some((s) => s.version === version),
      `tests/fixtures/schemas.mjs has schema v${version}`,
    ).toBeTruthy();
  }
});
