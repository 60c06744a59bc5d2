/**
 * The start picture: the case list screen as it last showed, as markup in localStorage, which
 * `public/start-picture.js` (a classic script in index.html, under 2 kB) puts on screen
 * while the app's own script is still being fetched and compiled, so a cold start shows the list as
 * soon as a static page would (issue 20). It is inert: nothing in it can be tapped or read out
 * until the app has taken it over (src/main.tsx renders over the same elements).
 *
 * It shows nothing the list snapshot (list-snapshot.ts) does not already hold, and only together
 * with it: it carries the snapshot's exact text and is used only while the snapshot is unchanged;
 * any change to the snapshot (a case edited, deleted, "delete all data", the lock turned on) removes
 * it at once. With the lock on, or while a workshop runs, the script shows no picture.
 */

import { isLockOn } from './lock/lock-flag';

/** localStorage keys, read by public/start-picture.js as well (start-picture.test.ts checks). */
export const START_PICTURE_KEY = 'peerstart.start-picture.v1';
export const LIST_SNAPSHOT_KEY = 'peerstart.list.v1';

export interface StartPicture {
  /** The list snapshot's text this picture was taken with. */
  list: string;
  /** The entry script that drew it (another build: no picture). */
  entry: string;
  /** The page language it was shown in. */
  lang: string;
  /** The markup of #app's children, inert. */
  html: string;
}

/**
 * Which build drew the picture: the address of the entry script, which the build names by its
 * content, so the markup the app draws changes only with it (a stylesheet may change under the same
 * markup and styles the picture as it styles the app). The start script computes the same.
 */
export function entryStamp(doc: Document = document): string {
  return doc.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';
}

/**
 * Stores the picture of the list screen as it shows now, in `lang`, if the list snapshot is there
 * (with the lock on it never is); a full storage only costs the quick first paint.
 */
export function saveStartPicture(html: string, lang: string): void {
  try {
    const list = localStorage.getItem(LIST_SNAPSHOT_KEY);
    if (list === null || isLockOn()) return;
    const picture: StartPicture = { list, entry: entryStamp(), lang, html };
    localStorage.setItem(START_PICTURE_KEY, JSON.stringify(picture));
  } catch {
    // A full or disabled localStorage only costs the quick first paint.
  }
}

/** Forgets the picture (the list it showed has changed, or must not be readable at rest). */
export function clearStartPicture(): void {
  try {
    localStorage.removeItem(START_PICTURE_KEY);
  } catch {
    // nothing to remove
  }
}
