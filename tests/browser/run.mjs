// Runs the browser specs (tests/browser/*.spec.mjs) in Debian's Chromium against the production
// build served by vite preview. `node tests/browser/run.mjs [name-filter…]` runs a subset.
// Each spec exports `title` and a default `async (t) => {}`; `t` is described in helpers/harness.mjs.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from './helpers/browser.mjs';
import { createHarness } from './helpers/harness.mjs';
import { startPreview } from './helpers/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const specs = readdirSync(here)
  .filter((file) => file.endsWith('.spec.mjs'))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();

if (specs.length === 0) {
  console.error('No browser specs matched.');
  process.exit(1);
}

const server = await startPreview();
// A run stopped from outside (Ctrl-C, a CI timeout) still stops its server and browser.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => process.exit(130));
}
const browser = await launchBrowser();
let failed = 0;
const started = Date.now();
for (const file of specs) {
  const spec = await import(pathToFileURL(join(here, file)).href);
  const name = file.replace(/\.spec\.mjs$/, '');
  const t = createHarness({ browser, baseUrl: server.baseUrl, specName: name, server });
  const t0 = Date.now();
  try {
    await spec.default(t);
    await t.finish();
    console.log(`✓ ${name}: ${spec.title ?? ''} (${Date.now() - t0} ms)`);
  } catch (error) {
    failed++;
    console.error(
      `✗ ${name}: ${spec.title ?? ''}\n  ${String(error?.stack ?? error).replaceAll('\n', '\n  ')}`,
    );
    await t.finish().catch(() => undefined);
  }
}
await browser.close();
await server.stop();
console.log(
  `\n${specs.length - failed} of ${specs.length} browser specs passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
// The plain closing line CI reads.
console.log(`browser: ${specs.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
