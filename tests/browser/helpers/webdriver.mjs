// WebKit, the engine of every browser on an iPad, driven through its own W3C WebDriver: Debian's
// WebKitWebDriver (package webkit2gtk-driver) starts WebKitGTK's MiniBrowser, under a virtual display
// (xvfb-run, package xvfb). Playwright cannot drive WebKitGTK, so this is a small client of the
// WebDriver protocol over HTTP: enough to open pages, find elements by what a user reads, click and
// type with real input events, run a script, and wait for a condition.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort, portRangeStart } from './server.mjs';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
  process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** The key of an element reference in W3C WebDriver's JSON. */
const W3C_ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Why WebKit cannot run here, or null when it can. */
export function webkitMissing() {
  for (const path of [WEBKIT_DRIVER, MINIBROWSER]) if (!existsSync(path)) return `${path} is not installed`;
  if (spawnSync('sh', ['-c', 'command -v xvfb-run']).status !== 0) return 'xvfb-run is not installed';
  return null;
}

/** Starts WebKitWebDriver under xvfb-run and opens a MiniBrowser session; resolves to a driver. */
export async function startWebKit({ width = 1024, height = 768 } = {}) {
  const port = await freePort(portRangeStart() + 80);
  // Its own process group, so stopping it also stops xvfb, the driver and the browser it started.
  const child = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok)
      throw new Error(
        `WebDriver ${method} ${path}: ${json.value?.error ?? response.status} ${json.value?.message ?? ''}`,
      );
    return json.value;
  };
  // The driver is ready when its status says so (it starts in well under a second; allow a loaded machine).
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${stderr}`);
    const ready = await call('GET', '/status').then(
      (status) => status?.ready === true,
      () => false,
    );
    if (ready) break;
    if (Date.now() - started > 30_000) {
      stop();
      throw new Error(`WebKitWebDriver did not start: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const session = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
    },
  });
  const s = `/session/${session.sessionId}`;
  await call('POST', `${s}/window/rect`, { width, height });
  return new WebKitDriver(call, s, () => {
    process.off('exit', stop);
    stop();
  });
}

class WebKitDriver {
  constructor(call, session, stop) {
    this.call = call;
    this.session = session;
    this.stopDriver = stop;
  }

  /** Navigates to `url` and waits for the page's load. */
  go(url) {
    return this.call('POST', `${this.session}/url`, { url });
  }

  url() {
    return this.call('GET', `${this.session}/url`);
  }

  /** Runs `fn` (its source) in the page with `args`; resolves to what it returns (elements included). */
  run(fn, ...args) {
    return this.call('POST', `${this.session}/execute/sync`, {
      script: `return (${fn})(...arguments)`,
      args,
    });
  }

  /** Runs an async `fn` in the page and resolves to what its promise resolves to. */
  runAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn})(...Array.from(arguments).slice(0, -1))).then(done, (e) => done({ __error: String(e) }));`;
    return this.call('POST', `${this.session}/execute/async`, { script, args }).then((value) => {
      if (value && typeof value === 'object' && '__error' in value) throw new Error(value.__error);
      return value;
    });
  }

  /**
   * Waits until `fn` returns something truthy in the page (polled: WebDriver has no events), and
   * resolves to it; fails with `what` after `timeout` ms.
   */
  async waitFor(what, fn, { timeout = 30_000, args = [] } = {}) {
    const started = Date.now();
    let last;
    for (;;) {
      try {
        const value = await this.run(fn, ...args);
        if (value) return value;
      } catch (error) {
        // A navigation in progress: the script had no document to run in yet.
        last = error;
      }
      if (Date.now() - started > timeout)
        throw new Error(`WebKit: timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * The first element matching `selector` whose visible text (or aria-label) matches `pattern`,
   * once there is one: found as a user finds it, by what it says.
   */
  byText(selector, pattern, options) {
    return this.waitFor(
      `${selector} saying ${pattern}`,
      (sel, source, flags) => {
        const re = new RegExp(source, flags);
        const says = (el) =>
          (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
        return [...document.querySelectorAll(sel)].find((el) => re.test(says(el))) ?? null;
      },
      { ...options, args: [selector, pattern.source, pattern.flags] },
    );
  }

  /** The form control whose label says `pattern`, once it is there. */
  byLabel(pattern, options) {
    return this.waitFor(
      `a field labelled ${pattern}`,
      (source, flags) => {
        const re = new RegExp(source, flags);
        const label = [...document.querySelectorAll('label')].find((l) =>
          re.test(l.textContent.replace(/\s+/g, ' ').trim()),
        );
        return label?.control ?? null;
      },
      { ...options, args: [pattern.source, pattern.flags] },
    );
  }

  /** The element matching a CSS selector, once there is one. */
  css(selector, options) {
    return this.waitFor(`${selector}`, (sel) => document.querySelector(sel), {
      ...options,
      args: [selector],
    });
  }

  /**
   * A real click (WebDriver scrolls the element into view and clicks its centre). While something
   * covers it (a message sliding in, a scroll still moving) the click is tried again, as Playwright's
   * actionability check does, until `timeout`.
   */
  async click(element, { timeout = 20_000 } = {}) {
    const started = Date.now();
    for (;;) {
      try {
        return await this.call('POST', `${this.session}/element/${elementId(element)}/click`, {});
      } catch (error) {
        const covered = /click intercepted|not interactable/.test(error.message);
        if (!covered || Date.now() - started > timeout) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** Types `text` into the element with real key events. */
  type(element, text) {
    return this.call('POST', `${this.session}/element/${elementId(element)}/value`, { text });
  }

  /** The PNG of the viewport, as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.call('GET', `${this.session}/screenshot`), 'base64');
  }

  async quit() {
    await this.call('DELETE', this.session).catch(() => undefined);
    this.stopDriver();
  }
}

function elementId(element) {
  const id = element?.[W3C_ELEMENT];
  if (!id) throw new Error(`not an element reference: ${JSON.stringify(element)}`);
  return id;
}
