/**
 * Storage health. Browsers may evict a site's data: Safari after days without use, Chromium under
 * disk pressure unless `navigator.storage.persist()` was granted. Peerstart asks for persistence
 * when the first case is created and shows the answer and the space used in settings.
 */
import { db } from './db';

export interface StorageHealth {
  /** `null` when the browser cannot tell. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Asks the browser to keep Peerstart's data; resolves whether it agreed. */
export async function requestPersistence(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  try {
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}

/** Asks for persistence once per device (when the first case is created). */
export async function requestPersistenceOnce(): Promise<void> {
  const asked = await db.meta.get('persistRequestedAt');
  if (asked) return;
  await db.meta.put({ key: 'persistRequestedAt', value: Date.now() });
  await requestPersistence();
}

/** Whether the data is protected from eviction, and how much space it uses. */
export async function getStorageHealth(): Promise<StorageHealth> {
  const storage = navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
