/**
 * Device preferences kept in localStorage, because the first render needs them synchronously
 * (the language). Case data never goes here; it lives in IndexedDB (db.ts).
 * Every access is wrapped: private modes and full disks throw on localStorage too.
 */
import type { Lang } from '../../content/types';

const LANGUAGE_KEY = 'peerstart.language';

/** The remembered UI language; Danish when nothing (or something unknown) is stored. */
export function readLanguage(): Lang {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

/** Remembers the UI language; a failure only means the choice is not remembered. */
export function writeLanguage(lang: Lang): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch (error) {
    console.warn('Could not remember the language', error);
  }
}
