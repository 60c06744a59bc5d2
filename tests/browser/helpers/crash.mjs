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
