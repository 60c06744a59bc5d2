// @ts-check
/*
 * Peerstart's start picture (src/storage/start-picture.ts): the case list as it last showed, put
 * on screen while the app's own script is still being fetched and compiled, so a cold start shows
 * the list about as soon as a static page would. A classic script, parsed right after #app: it
 * runs before the first paint. The picture is inert (nothing in it can be tapped or focused) until
 * the app renders over it. Shown only on the start page, never in a frame, never with the lock on
 * or while a workshop runs, and only with the list snapshot and the build it was taken with.
 */
(() => {
  try {
    if (location.pathname !== '/' || window.top !== window.self) return;
    const store = window.localStorage;
    if (store.getItem('peerstart.lock') === '1') {
      // The lock removes the picture as it goes on; a tab taking one at that moment could leave one.
      store.removeItem('peerstart.start-picture.v1');
      return;
    }
    if (store.getItem('peerstart.workshop.v1') !== null) return;
    const raw = store.getItem('peerstart.start-picture.v1');
    if (raw === null) return;
    const picture = JSON.parse(raw);
    const entry = document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '';
    if (picture.list !== store.getItem('peerstart.list.v1') || picture.entry !== entry) return;
    const app = document.getElementById('app');
    if (!app || typeof picture.html !== 'string') return;
    if (picture.lang === 'da' || picture.lang === 'en') document.documentElement.lang = picture.lang;
    // Before the start-failed notice, which stays (hidden for 8 s) in case the app never starts.
    app.insertAdjacentHTML('afterbegin', picture.html);
  } catch {
    // No picture: the app draws the list itself a moment later.
  }
})();
