import { render } from 'preact';
import { App } from './app/App';
import { isFramed, renderFramedNotice } from './app/framed';
import { openDatabase } from './storage/db-status';
import { isLockOn } from './storage/lock/lock-flag';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/print.css';

const root = document.getElementById('app');
if (root && isFramed()) {
  // Inside another site's frame: the app does not start (src/app/framed.tsx).
  renderFramedNotice(root);
} else {
  // Start opening IndexedDB before the first render, so the case list's query does not wait for it.
  // With the passcode lock on, the first screen is the unlock screen: it opens the database once it
  // has painted, while the passcode is being typed (the main thread of a slow tablet would otherwise
  // run the database code before painting the field).
  if (!isLockOn()) void openDatabase();
  if (root) render(<App />, root);
}
