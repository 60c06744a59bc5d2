import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCase, deleteAllData } from './cases';
import { type CaseRecord, db } from './db';
import { dropFromListSnapshot, refreshListSnapshotLine, writeListSnapshot } from './list-snapshot';
import { setLockFlag } from './lock/lock-flag';
import { START_PICTURE_KEY, saveStartPicture } from './start-picture';

/** public/start-picture.js, the classic script index.html runs right after #app. */
const startScript = readFileSync(join(__dirname, '../../public/start-picture.js'), 'utf8');
const ENTRY = '/assets/start-abc123.js';
const PICTURE =
  '<header inert=""><a href="/">Peerstart</a></header><main inert=""><article class="case-card">Botilbuddet Lyngen</article></main>';

/** A page as index.html builds it: the entry script, #app with the start-failed notice. */
function page(entry = ENTRY) {
  document.head.innerHTML = `<script type="module" src="${entry}"></script>`;
  document.body.innerHTML =
    '<div id="app"><main class="page start-failed">Peerstart er ikke startet</main></div>';
}

/** Loads index.html again: the start script runs in the page as it is. */
function start(): Element {
  new Function(startScript)();
  return document.getElementById('app') as Element;
}

async function allCases(): Promise<CaseRecord[]> {
  return db.cases.orderBy('updatedAt').reverse().toArray();
}

/** Cases stored, the list seen live (snapshot written), its picture taken on this build. */
async function listSeen() {
  await createCase({ organisation: 'Botilbuddet Lyngen' });
  await createCase({ organisation: 'Distriktspsykiatrien Nord' });
  writeListSnapshot(await allCases());
  page();
  saveStartPicture(PICTURE, 'da');
}

// The entry script's address is all that is read: the test page does not load it.
(
  window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }
).happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;

beforeEach(async () => {
  await db.open();
  await deleteAllData();
  localStorage.clear();
  history.replaceState(null, '', '/');
});
afterEach(() => {
  setLockFlag(false);
  localStorage.clear();
});

describe('the start picture', () => {
  test('shows the list as it last showed, inert, before the start-failed notice', async () => {
    await listSeen();
    page();
    const app = start();
    expect(app.querySelector('.case-card')?.textContent).toBe('Botilbuddet Lyngen');
    expect(app.querySelector('.case-card')?.closest('[inert]')).not.toBeNull();
    expect(app.lastElementChild?.classList.contains('start-failed')).toBe(true);
    expect(document.documentElement.lang).toBe('da');
  });

  test('is not shown with the lock on, while a workshop runs, off the start page or on another build', async () => {
    await listSeen();
    /** A new start on `entry`'s build: whether the picture showed. */
    const shown = (entry = ENTRY) => {
      page(entry);
      return start().querySelector('.case-card') !== null;
    };
    expect(shown('/assets/start-def456.js'), 'another build').toBe(false);
    history.replaceState(null, '', '/settings');
    expect(shown(), 'another page').toBe(false);
    history.replaceState(null, '', '/');
    localStorage.setItem(
      'peerstart.workshop.v1',
      JSON.stringify({ startedAt: 1, current: null, handedOver: 0 }),
    );
    expect(shown(), 'a workshop').toBe(false);
    localStorage.removeItem('peerstart.workshop.v1');
    expect(shown(), 'none of these').toBe(true);
    setLockFlag(true);
    expect(shown(), 'the lock').toBe(false);
    expect(localStorage.getItem(START_PICTURE_KEY), 'a picture left beside the lock is removed').toBeNull();
  });

  test('a broken picture shows nothing and the page starts as usual', async () => {
    await listSeen();
    localStorage.setItem(START_PICTURE_KEY, '{"list": ');
    page();
    expect(start().children).toHaveLength(1);
  });

  test('goes as soon as the list changes: a case deleted, edited, the lock turned on, everything deleted', async () => {
    const stored = () => localStorage.getItem(START_PICTURE_KEY) !== null;
    await listSeen();
    // The same list again (every live result writes it) keeps the picture.
    writeListSnapshot(await allCases());
    expect(stored(), 'the same list').toBe(true);

    const [first, second] = await allCases();
    dropFromListSnapshot(first?.id ?? '');
    expect(stored(), 'a case deleted').toBe(false);

    saveStartPicture(PICTURE, 'da');
    if (second) refreshListSnapshotLine({ ...second, organisation: 'Nyt navn', updatedAt: Date.now() + 1 });
    // The line is written when the tab is idle (or hidden).
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stored(), 'a case renamed').toBe(false);

    saveStartPicture(PICTURE, 'da');
    setLockFlag(true);
    writeListSnapshot(await allCases());
    expect(stored(), 'the lock on').toBe(false);
    setLockFlag(false);

    writeListSnapshot(await allCases());
    saveStartPicture(PICTURE, 'da');
    await deleteAllData();
    expect(stored(), 'everything deleted').toBe(false);
  });
});
