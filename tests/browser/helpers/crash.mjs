// Crashes renderers the hard way. CDP's Page.crash takes every Chromium on this machine down with
// it (Debian's headless build, checked), so instead the renderer processes of one profile get SIGKILL,
// as when a tablet's OS kills a tab: the browser itself and other profiles live on.
import { readdirSync, readFileSync } from 'node:fs';

/** Kills every renderer process of the Chromium running on `userDataDir`; returns how many. */
export function killRenderers(userDataDir) {
  let killed = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    // Debian's wrapper rewrites the process title, so the arguments may be one space-separated string.
    const args = cmdline.split(/[\0 ]/);
    if (args.includes('--type=renderer') && args.includes(`--user-data-dir=${userDataDir}`)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
        killed++;
      } catch {
        // it died on its own meanwhile
      }
    }
  }
  return killed;
}

/**
 * Kills the renderers of `userDataDir` and waits until `page` is gone; returns how it went
 * ('crashed', 'closed') or 'alive' if it still answers after 30 s. Chromium reports a killed
 * renderer as a crash, but on a busy machine it can report the page's target destroyed first
 * (Playwright then says the page closed): either way the tab died without running a handler.
 */
export async function killPage(page, userDataDir) {
  const gone = Promise.race([
    page.waitForEvent('crash', { timeout: 30_000 }).then(() => 'crashed'),
    page.waitForEvent('close', { timeout: 30_000 }).then(() => 'closed'),
  ]).catch(() => (page.isClosed() ? 'closed' : 'alive'));
  if (killRenderers(userDataDir) === 0) throw new Error(`no renderer of ${userDataDir} to kill`);
  return gone;
}

/** Kills every Chromium process started on `userDataDir` (a browser that hangs after a crash). */
export function killBrowser(userDataDir) {
  let killed = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmdline.split(/[\0 ]/).includes(`--user-data-dir=${userDataDir}`)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
        killed++;
      } catch {
        // gone already
      }
    }
  }
  return killed;
}

/**
 * Starts the browser again on `userDataDir` after its renderers were killed, as a tablet does when
 * its OS killed the app: closes the old browser (killing it if the close hangs, which Chromium can
 * do after losing its renderers) and returns a new persistent context from `t`.
 */
export async function restartAfterCrash(t, context, userDataDir) {
  const closed = context.close().then(() => true);
  const hung = new Promise((resolve) => setTimeout(resolve, 20_000, false));
  if (!(await Promise.race([closed, hung]))) killBrowser(userDataDir);
  return t.persistentContext(userDataDir);
}
