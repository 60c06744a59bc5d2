// Reading and writing IndexedDB straight, past Dexie and the sealing middleware: what is at rest.
import { db } from '../../src/storage/db';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Every record of one store as stored. */
export function rawRecords(store: string): Promise<Record<string, unknown>[]> {
  const transaction = db.backendDB().transaction(store, 'readonly');
  return request(transaction.objectStore(store).getAll()) as Promise<Record<string, unknown>[]>;
}

/** Puts `record` into `store` as it is, unsealed and unchecked. */
export async function putRaw(store: string, record: unknown): Promise<void> {
  const transaction = db.backendDB().transaction(store, 'readwrite');
  await request(transaction.objectStore(store).put(record));
}

/** Every record of every store, as text (bytes decoded as UTF-8, so plaintext would show). */
export async function rawDump(): Promise<string> {
  const names = Array.from(db.backendDB().objectStoreNames);
  const all = await Promise.all(names.map(rawRecords));
  const utf8 = new TextDecoder();
  return JSON.stringify(all, (_key, value) => (value instanceof Uint8Array ? utf8.decode(value) : value));
}
