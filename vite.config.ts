/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { problemsUi } from './content/ui-problems';
import pkg from './package.json' with { type: 'json' };
import { escapeMarkup } from './src/escape-markup';

/**
 * The production Content-Security-Policy, as a meta tag so it holds on any static host: only the
 * app's own origin, no inline script, no eval, no connection anywhere else. (Dev mode is left
 * without it, because Vite's dev server injects inline scripts.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'peerstart-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        // First in <head>: the policy must be in force before any script or style is met.
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * What the page says if the app's script never runs: a busy tablet's service worker can abort the
 * fetch of the entry script (seen under load: net::ERR_ABORTED on start-*.js), and the page would
 * stay blank. Plain HTML in #app, which src/main.tsx empties before it renders; the stylesheet keeps
 * it hidden for its first 8 s (`.start-failed`), so a normal start never shows it. A link reloads
 * the page without any script.
 */
function startFailedNotice(): Plugin {
  const { failed, reload } = problemsUi.start;
  const notice = [
    '<main class="page start-failed" aria-labelledby="start-failed-title">',
    '<h1 id="start-failed-title">Peerstart</h1>',
    `<p>${escapeMarkup(failed.da)}</p>`,
    `<p lang="en">${escapeMarkup(failed.en)}</p>`,
    `<p><a class="btn" href="">${escapeMarkup(reload.da)} · <span lang="en">${escapeMarkup(reload.en)}</span></a></p>`,
    '</main>',
  ].join('');
  return {
    name: 'peerstart-start-failed-notice',
    transformIndexHtml: (html) => html.replace('<div id="app"></div>', `<div id="app">${notice}</div>`),
  };
}

/**
 * The modules the first screen needs, found in the module graph: everything `src/main.tsx` imports
 * statically, however deep. Rolldown's automatic splitting gives each module that a lazy chunk
 * shares with the entry a common chunk of its own: eleven small files that an offline cold start
 * fetched one by one through the service worker before the first render (issue 20). Grouped,
 * the first screen is one script, `start` (Rolldown folds the entry into its group), and the lazy
 * chunks import from it.
 */
function firstLoadModules(): { plugin: Plugin; includes: (id: string) => boolean } {
  const firstLoad = new Set<string>();
  const plugin: Plugin = {
    name: 'peerstart-first-load-modules',
    apply: 'build',
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry);
      const pending = entry ? [entry] : [];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (firstLoad.has(id)) continue;
        firstLoad.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      if (entry) firstLoad.delete(entry);
    },
  };
  // Stylesheets stay with Vite's CSS splitting: index.html links one stylesheet as before.
  return { plugin, includes: (id) => firstLoad.has(id) && !/\.css($|\?)/.test(id) };
}

const firstLoad = firstLoadModules();

export default defineConfig({
  // fontkit's WOFF2 decoder is never used (the PDF fonts are WOFF): keep it out of the PDF chunk.
  resolve: {
    alias: { 'brotli/decompress.js': new URL('./src/pdf/no-brotli.ts', import.meta.url).pathname },
  },
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    target: 'es2022',
    // The PDF chunk is large by nature; it is lazy-loaded, so the warning is noise.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: { codeSplitting: { groups: [{ name: 'start', test: firstLoad.includes }] } },
    },
  },
  plugins: [
    preact(),
    contentSecurityPolicy(),
    startFailedNotice(),
    firstLoad.plugin,
    VitePWA({
      // Never auto-reload: an update must not throw away what someone is typing
      // (vite-plugin-pwa #433, #881). The user accepts it in UpdatePrompt.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon-180x180.png', 'robots.txt'],
      manifest: {
        id: '/',
        name: 'Peerstart – ansættelse og jobstart for peer-medarbejdere',
        short_name: 'Peerstart',
        description:
          'Redskaber til at ansætte og tage godt imod en peer-medarbejder. Virker uden net; alle data bliver på enheden.',
        lang: 'da',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f7f5f0',
        theme_color: '#1f4e5f',
        categories: ['productivity', 'business'],
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,txt,woff}'],
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'content/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['./tests/helpers/setup.ts'],
    globals: true,
    // Worker threads, one per CPU: Vitest 4's default here was a single forked worker on the 2-CPU
    // machine (159 s for the suite); two threads take 98 s. Each file still gets its own module
    // graph and happy-dom window.
    pool: 'threads',
    // A test's limit catches a hang, not slowness: beside the browser specs, with two threads on
    // two CPUs, a test that derives a passcode key or plays three Role Star turns took over
    // Vitest's default 5 s. Its waits are on conditions (Testing Library's, 10 s each).
    testTimeout: 30_000,
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
