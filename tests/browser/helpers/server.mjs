// Serves a production build (dist/ or $DIST) with `vite preview` on 127.0.0.1 for the browser tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** Whether nothing listens on 127.0.0.1:`port`. */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `from` on (up to 50 tries). */
export async function freePort(from) {
  for (let port = from; port < from + 50; port++) if (await isFree(port)) return port;
  throw new Error(`no free port in ${from}–${from + 49}`);
}

/**
 * Where this process looks for free ports: the run's shared server from 4173, and each Playwright
 * worker (TEST_PARALLEL_INDEX) in its own range of 100 above it, so a spec that stops its server and
 * starts the next build on the same port (the update specs) never loses that port to the other
 * worker. A second run on the same machine got a later shared port, and its workers' ranges move
 * up by 1,000 per port, so two runs side by side do not meet either.
 */
export function portRangeStart() {
  const worker = process.env.TEST_PARALLEL_INDEX;
  if (worker === undefined) return 4173;
  const shared = process.env.PEERSTART_BASE_URL ? Number(new URL(process.env.PEERSTART_BASE_URL).port) : 4173;
  return 4300 + 1000 * Math.max(0, shared - 4173) + 100 * Number(worker);
}

/**
 * Starts vite preview for `dist`; resolves with the base URL, the port and a stop function. A port
 * given (argument or $PORT) is used as is; without one, the first free port from 4173 on, so a busy
 * 4173 on a shared machine does not fail the run (and when another run takes the same port between
 * the probe and the start, the next free one is tried).
 */
export async function startPreview({
  dist = process.env.DIST ?? 'dist',
  port: wanted = process.env.PORT ? Number(process.env.PORT) : undefined,
} = {}) {
  const outDir = resolve(dist);
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`No build in ${outDir}: run \`npm run build\` first.`);
  }
  if (wanted !== undefined) return startOn(outDir, wanted);
  let from = portRangeStart();
  for (let attempt = 1; ; attempt++) {
    const port = await freePort(from);
    try {
      return await startOn(outDir, port);
    } catch (error) {
      if (attempt >= 5) throw error;
      from = port + 1;
    }
  }
}

/** Starts vite preview for `outDir` on exactly `port`. */
async function startOn(outDir, port) {
  // Spawn vite's own entry, not npx: killing npx would leave vite holding the port.
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Never leave a server behind holding the port, whatever way this process ends.
  const killChild = () => child.kill();
  process.once('exit', killChild);
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  await new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`vite preview did not start: ${stderr}`));
    }, 20_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes(String(port))) {
        clearTimeout(timer);
        resolveStart();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vite preview exited (${code}): ${stderr}`));
    });
  }).catch((error) => {
    process.off('exit', killChild);
    throw error;
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    outDir,
    stop: () =>
      new Promise((done) => {
        process.off('exit', killChild);
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill();
      }),
  };
}
