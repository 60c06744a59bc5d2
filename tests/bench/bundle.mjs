// First-load size: what index.html loads before the app can run (the entry chunk and everything it
// imports statically, recursively, plus the stylesheets index.html links), raw and gzip. Lazy chunks
// (dynamic import()) are listed apart and not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Static imports/re-exports of an ES module chunk (not dynamic import()). */
export function staticImports(code) {
  const found = new Set();
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** Measures the first load of the build in `dist`. */
export function measureBundle(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);

  const js = new Set();
  const visit = (file) => {
    if (js.has(file)) return;
    js.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code)) visit(posix.normalize(posix.join(posix.dirname(file), spec)));
  };
  for (const file of [...entries, ...preloads]) visit(file);

  const sizeOf = (files) => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const buffer = readFileSync(join(dist, file));
      raw += buffer.length;
      gzip += gzipSize(buffer);
    }
    return { raw, gzip };
  };
  const lazy = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !js.has(`assets/${f}`))
    .map((f) => {
      const buffer = readFileSync(join(dist, 'assets', f));
      return { file: `assets/${f}`, raw: buffer.length, gzip: gzipSize(buffer) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return {
    jsFiles: [...js],
    cssFiles: styles,
    js: sizeOf(js),
    css: sizeOf(styles),
    lazy,
  };
}
