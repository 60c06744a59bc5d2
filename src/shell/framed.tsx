/**
 * Frame-busting: a meta Content-Security-Policy cannot set `frame-ancestors`, so on a host that does
 * not send `Content-Security-Policy: frame-ancestors 'none'` (README, Deploy) another site could show
 * Peerstart inside a frame and trick a user into typing or clicking there. When the app finds itself
 * framed it does not start (no database is opened) and shows a short message instead. Plain module
 * code, so it works under the strict CSP (no inline script).
 */
import { render } from 'preact';
import { ui } from '../../content/ui';
import './framed.css';

/** Whether this window is inside a frame (a cross-origin parent that denies access counts as one). */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

/** What a framed Peerstart shows, in both languages (no preference is read from storage). */
export function FramedNotice() {
  return (
    <main id="framed" class="framed-notice">
      <h1>{ui.framed.title.da}</h1>
      <p>{ui.framed.body.da}</p>
      <h2 lang="en">{ui.framed.title.en}</h2>
      <p lang="en">{ui.framed.body.en}</p>
    </main>
  );
}

export function renderFramedNotice(root: HTMLElement): void {
  render(<FramedNotice />, root);
}
