// Times the radar chart for the largest Role Star (24 tasks × 3 series): the pure geometry alone, and the
// whole SVG rendered to a string as the PDF export will. Run: node tests/bench/chart.bench.mjs
// The TypeScript is loaded through Vite's SSR loader, so no build step is needed; Preact and
// preact-render-to-string are imported by Node itself, so that the component's hooks share their Preact.

import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { createServer } from 'vite';

const WARMUP = 200;
const RUNS = 1000;
const TARGET_MS = 8;
const root = fileURLToPath(new URL('../..', import.meta.url));

const LABELS = [
  'Individuelle peer-samtaler',
  'Brobygning til fællesskaber og lokalmiljø',
  'Generelle medarbejderopgaver',
  'Gruppeforløb og recovery-kurser',
  'Undervisning af kolleger',
  'Deltagelse i behandlings\u00ADkonferencer',
  'Netværksmøder',
  'Sparring med andre peer-medarbejdere',
];

/** 24 tasks with realistic Danish labels, three series, one skipped answer. */
function bigInput() {
  const axes = Array.from({ length: 24 }, (_, i) => ({
    id: `t${i}`,
    label: `${LABELS[i % LABELS.length]} ${i + 1}`,
  }));
  const values = (k) => Object.fromEntries(axes.map((a, i) => [a.id, (i * 7 + k) % 5]));
  return {
    axes,
    min: 0,
    max: 4,
    tickLabels: ['Ikke en del af rollen', 'Lidt', 'Noget', 'Meget', 'Helt central'],
    series: [
      { id: 'leder', label: 'Leder', style: 'manager', values: values(1) },
      { id: 'peer', label: 'Peer-medarbejder', style: 'peer', values: { ...values(3), t5: null } },
      { id: 'aftalt', label: 'Aftalt', style: 'agreed', values: values(2) },
    ],
  };
}

/** Median and 95th percentile, in ms, of `RUNS` timed calls of `fn` after `WARMUP` untimed ones. */
function time(fn) {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { median: at(0.5), p95: at(0.95) };
}

const round = (ms) => Math.round(ms * 1000) / 1000;

/** Prints the human line and the machine line the bench runner collects. */
function report(name, title, { median, p95 }) {
  console.log(
    `${title}: median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms (target ≤ ${TARGET_MS} ms)`,
  );
  console.log(
    `BENCH ${JSON.stringify({ name, median_ms: round(median), p95_ms: round(p95), target_ms: TARGET_MS })}`,
  );
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
try {
  const { buildRadarGeometry } = await server.ssrLoadModule('/src/chart/radar-geometry.ts');
  const { RadarChart } = await server.ssrLoadModule('/src/chart/RadarChart.tsx');
  const input = bigInput();
  const props = { input, title: 'Rollestjerne', description: '24 opgaver, tre serier.', idPrefix: 'bench' };
  const svg = renderToString(h(RadarChart, props));
  if (!svg.startsWith('<svg') || !svg.includes('Aftalt')) throw new Error('RadarChart did not render an SVG');
  report(
    'chart-geometry-24x3',
    'chart geometry 24×3',
    time(() => buildRadarGeometry(input)),
  );
  report(
    'chart-render-24x3',
    'chart render 24×3',
    time(() => renderToString(h(RadarChart, props))),
  );
  console.log(`chart SVG 24×3: ${(svg.length / 1024).toFixed(1)} KiB`);
} finally {
  await server.close();
}
