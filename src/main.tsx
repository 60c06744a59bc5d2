import { render } from 'preact';
import { App } from './shell/App';
import { isFramed, renderFramedNotice } from './shell/framed';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/print.css';

const root = document.getElementById('app');
// index.html's notice for a start that never came (vite.config.ts, startFailedNotice): it started.
// A start picture beside it (public/start-picture.js) stays: the app renders over its elements.
root?.querySelector(':scope > .start-failed')?.remove();
if (root && isFramed()) {
  // Inside another site's frame: the app does not start (src/shell/framed.tsx).
  renderFramedNotice(root);
} else {
  // The first screen paints first (the case list from its snapshot, or the unlock screen); the
  // database code loads after that paint (DbGate), so a slow tablet shows the list before it
  // parses Dexie.
  if (root) render(<App />, root);
}
