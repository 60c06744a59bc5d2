// Searches every storage area a page can reach for strings a user typed: all IndexedDB databases
// (every record of every store, typed arrays decoded as UTF-8 too, so plaintext hidden in bytes is
// found), localStorage, sessionStorage, Cache Storage (every cached response's body) and the
// page's URL and history state. Raw browser APIs only, never the app's own code, so a spec compares
// what the app promises with what the device really holds.

/**
 * Returns one finding per string found, `{ needle, area, where }`; an empty array means none of
 * `needles` is stored anywhere the page can see.
 */
export function scanStorage(page, needles) {
  return page.evaluate(async (needles) => {
    const findings = [];
    const look = (area, where, text) => {
      if (typeof text !== 'string' || text === '') return;
      for (const needle of needles) if (text.includes(needle)) findings.push({ needle, area, where });
    };
    const utf8 = new TextDecoder('utf-8');
    const flatten = (value) =>
      JSON.stringify(value, (_key, v) => {
        if (ArrayBuffer.isView(v)) return utf8.decode(v);
        if (v instanceof ArrayBuffer) return utf8.decode(new Uint8Array(v));
        if (v instanceof Blob) return '[blob]';
        return v;
      });

    const databases = (await indexedDB.databases?.()) ?? [{ name: 'peerstart' }];
    for (const { name } of databases) {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const records = await new Promise((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        for (const record of records) look('IndexedDB', `${name}/${store}`, flatten(record));
      }
      db.close();
    }
    for (const [area, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        look(area, key, key);
        look(area, key, storage.getItem(key));
      }
    }
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        look('Cache Storage', request.url, request.url);
        const response = await cache.match(request);
        if (response) look('Cache Storage', request.url, await response.text());
      }
    }
    look('URL', 'location', decodeURIComponent(location.href));
    look('history', 'state', flatten(history.state));
    return findings;
  }, needles);
}
