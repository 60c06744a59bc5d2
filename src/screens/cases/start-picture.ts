/**
 * Takes the start picture (src/storage/start-picture.ts) from the live case list: the header and
 * the list screen exactly as the app's own first frame will draw them at the next start, from the
 * list snapshot, so that when the app renders over the picture nothing on screen changes. What the
 * first frame does not have yet is left out: the notices and reminders that load after it, the
 * edit dates (a frame later), the save indicator's word; what needs the database is disabled, as
 * it is until the database is open. `start-picture.test.tsx` holds the two side by side.
 */
import { useEffect } from 'preact/hooks';
import { saveStartPicture } from '../../storage/start-picture';

/** The list screen's own parts; anything else in it comes later than the first frame. */
const FIRST_FRAME_PARTS = [
  '.page-title-row',
  '.lead',
  '.case-search',
  'p[role="status"]',
  '.case-cards',
  '.case-list-more',
  '.empty-state',
];

/** The picture's markup from the app's element (#app) showing the live case list, or null. */
export function pictureOfCaseList(app: Element): string | null {
  const header = app.querySelector(':scope > header');
  const main = app.querySelector(':scope > main');
  const list = main?.querySelector('section.case-list');
  if (!header || !main || !list) return null;
  const pictureHeader = header.cloneNode(true) as Element;
  const indicator = pictureHeader.querySelector('.save-indicator');
  indicator?.replaceWith(Object.assign(document.createElement('span'), { className: 'save-indicator' }));
  const pictureList = list.cloneNode(true) as Element;
  for (const part of [...pictureList.children])
    if (!FIRST_FRAME_PARTS.some((selector) => part.matches(selector))) part.remove();
  for (const edited of pictureList.querySelectorAll('.case-card-edited')) edited.textContent = '\u00a0';
  for (const control of pictureList.querySelectorAll('#case-search, .case-list-more'))
    control.setAttribute('disabled', '');
  const pictureMain = main.cloneNode(false) as Element;
  pictureMain.append(pictureList);
  for (const part of [pictureHeader, pictureMain]) part.setAttribute('inert', '');
  return pictureHeader.outerHTML + pictureMain.outerHTML;
}

/**
 * Takes the picture once the list shown is the live one, unfiltered, at its first page (`ready`),
 * when the tab is next idle, and again whenever `shown` (what the list shows) changes.
 */
export function useStartPicture(ready: boolean, shown: unknown, lang: string): void {
  useEffect(() => {
    if (!ready) return;
    const take = () => {
      const app = document.getElementById('app');
      const html = app && location.pathname === '/' ? pictureOfCaseList(app) : null;
      if (html) saveStartPicture(html, lang);
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(take, 500); // Safari before 18 has no requestIdleCallback
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(take, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [ready, shown, lang]);
}
