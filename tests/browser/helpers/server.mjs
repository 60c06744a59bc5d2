// Serves a production build (dist/ or $DIST) with `vite preview` on 127.0.0.1 for the browser tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Starts vite preview on `port` for `dist`; resolves with the base URL and a stop function. */
export async function startPreview({
  dist = process.env.DIST ?? 'dist',
  port = Number(process.env.PORT ?? 4173),
} = {}) {
  const outDir = resolve(dist);
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`No build in ${outDir}: run \`npm run build\` first.`);
  }
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
    const timer = setTimeout(() => reject(new Error(`vite preview did not start: ${stderr}`)), 20_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes(String(port))) {
        clearTimeout(timer);
        resolveStart();
      }
    });
    child.on('exit', (code) => reject(new Error(`vite preview exited (${code}): ${stderr}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
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
