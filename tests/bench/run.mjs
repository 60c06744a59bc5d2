// `npm run bench`: builds the app (or uses $DIST), serves it on 127.0.0.1 and measures what
// docs/benchmarks.md records: first-load size, Lighthouse, offline cold start, autosave latency,
// scale, and the chart and PDF figures from tests/bench/{chart,pdf}.bench.mjs (their `BENCH {json}`
// lines), and the passcode lock (`lock`: unlock time, cold start and autosave with the lock on).
// Prints one table; a broken budget says so in the table. `--only=bundle,lighthouse,cold,floor,tap,
// autosave,lock,scale,chart,pdf` runs a subset (`tap`: the readiness check, the Role Star, the job
// start and keystrokes in Det praktiske). Writes the raw figures to $BENCH_OUT (.tmp/bench.json).
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../browser/helpers/browser.mjs';
import { buildApp } from '../browser/helpers/build.mjs';
import { createHarness } from '../browser/helpers/harness.mjs';
import { startPreview } from '../browser/helpers/server.mjs';
import { measureBundle } from './bundle.mjs';
import { lighthouse } from './lighthouse.mjs';
import { coldStarts, keystrokeToPaint, TAP_CONTACT_MS, tapToPaint } from './local-first.mjs';
import { lockAtScale, unlockTime } from './lock.mjs';
import { autosave, coldStart, median, scale } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wants = (name) => !only || only.includes(name);
const port = Number(process.env.PORT ?? 4180);
const out = process.env.BENCH_OUT ?? '.tmp/bench.json';
const rows = [];
const raw = {};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One table row; `ok` undefined = no budget. */
function row(measure, result, budget = '', ok = undefined) {
  rows.push({ measure, result, budget, status: ok === undefined ? '' : ok ? 'ok' : 'OVER BUDGET' });
}

function machine() {
  let cpuModel = cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpuModel = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpuModel;
  } catch {}
  let chromium = 'unknown';
  try {
    chromium = execSync(
      '/usr/lib/chromium/chromium --version 2>/dev/null || chromium --version 2>/dev/null',
      {
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n')
      .pop();
  } catch {}
  return {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpuModel,
    ramGiB: Math.round(totalmem() / 1024 ** 3),
    chromium,
    node: process.version,
  };
}

/** Runs a *.bench.mjs of the other engineers and collects its `BENCH {json}` lines. */
function runBenchFile(file, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(here, file)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('exit', (code) => {
      const lines = output
        .split('\n')
        .filter((l) => l.startsWith('BENCH '))
        .map((l) => {
          try {
            return JSON.parse(l.slice(6));
          } catch {
            return { name: file, unparsed: l };
          }
        });
      resolve({ code, lines, tail: output.slice(-1500) });
    });
  });
}

/** Turns one BENCH line into a row, judging the budget when the line carries one. */
function benchRow(file, line) {
  const { name = file, ...rest } = line;
  const time = rest.median_ms ?? rest.ms;
  const parts = Object.entries(rest).map(([k, v]) => `${k} ${v}`);
  let budget = '';
  let ok;
  if (rest.target_ms !== undefined && time !== undefined) {
    budget = `≤ ${rest.target_ms} ms`;
    ok = time <= rest.target_ms;
  } else if (file === 'pdf.bench.mjs' && time !== undefined) {
    budget = '≤ 1500 ms, ≤ 300 kB';
    ok = time <= 1500 && (rest.bytes === undefined || rest.bytes <= 300 * 1024);
  }
  row(`${file.replace('.bench.mjs', '')}: ${name}`, parts.join(', '), budget, ok);
}

const info = machine();
let dist = process.env.DIST;
if (!dist) {
  dist = '.tmp/dist-bench';
  console.error(`Building into ${dist} …`);
  await buildApp({ outDir: dist });
}
const server = await startPreview({ dist, port });
const browser = await launchBrowser();
const errors = [];

/** The longest one measurement may take (the migrations at 1,000 cases take about a minute). */
const MEASURE_LIMIT_MS = 10 * 60_000;

/** Runs one measurement with its own harness (so the network guard and page-error watch hold). */
async function measure(name, fn) {
  // Progress on stderr: a full pass takes half an hour, and a measurement that hangs must be seen.
  console.error(`${new Date().toISOString().slice(11, 19)} ${name}`);
  const t = createHarness({ browser, baseUrl: server.baseUrl, specName: `bench-${name}`, server });
  let timer;
  try {
    // A bound, not a pause: a measurement that hangs becomes a FAILED row and the pass goes on.
    const hung = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`did not finish within ${MEASURE_LIMIT_MS / 60_000} minutes`)),
        MEASURE_LIMIT_MS,
      );
    });
    const result = await Promise.race([fn(t), hung]);
    await t.finish();
    raw[name] = result;
    return result;
  } catch (error) {
    await t.finish().catch(() => undefined);
    errors.push(`${name}: ${error?.stack ?? error}`);
    row(name, `FAILED: ${String(error?.message ?? error).split('\n')[0]}`, '', false);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** How many times each latency measurement runs; its row is judged on the runs' median. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const figures = (r) => `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`;

/** The medians of runs' p50 and p95, the largest max, and every run's figures. */
function summarise(runs) {
  const latency = {
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    max: Math.max(...runs.map((r) => r.max)),
    runs,
  };
  // Taps and keystrokes also carry Chromium's Event Timing (input → frame presented).
  return runs[0]?.presented ? { ...latency, presented: summarise(runs.map((r) => r.presented)) } : latency;
}

/**
 * Runs a latency measurement RUNS times (each with its own page); resolves to the medians of the
 * runs' p50 and p95, the largest max, and every run's figures, or undefined when a run failed.
 */
async function measureRuns(name, fn) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await measure(RUNS === 1 ? name : `${name}#${i + 1}`, fn);
    if (!result) return undefined;
    runs.push(result);
  }
  const result = summarise(runs);
  raw[name] = result;
  return result;
}

/** The static page and the bare controls (tests/bench/static/), built and served once when needed. */
let staticSite;
async function staticServer() {
  if (!staticSite) {
    const staticDist = resolve('.tmp/static-dist');
    await buildApp({ outDir: staticDist, config: 'tests/bench/static/vite.config.ts' });
    staticSite = await startPreview({ dist: staticDist, port: port + 3 });
  }
  return staticSite;
}

/**
 * As measureRuns, for the app and for the same input on the bare controls page
 * (tests/bench/static/controls.html), run by run in turn (app, bare, app, …) so a busy moment of
 * the machine falls on both alike. `fn(t, { bare })`. Resolves to `{ app, bare }` or undefined.
 */
async function measureRunsBeside(name, fn) {
  const bare = new URL('/controls.html', (await staticServer()).baseUrl).href;
  const runs = { app: [], bare: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const kind of ['app', 'bare']) {
      const label = kind === 'bare' ? `${name}Bare` : name;
      const options = kind === 'bare' ? { bare } : {};
      const result = await measure(RUNS === 1 ? label : `${label}#${i + 1}`, (t) => fn(t, options));
      if (!result) return undefined;
      runs[kind].push(result);
    }
  }
  const result = { app: summarise(runs.app), bare: summarise(runs.bare) };
  raw[name] = result.app;
  raw[`${name}Bare`] = result.bare;
  return result;
}

/** The medians of the runs, and each run's p95 (the spread). */
const runFigures = (r) =>
  `median p50 ${r.p50.toFixed(1)} ms, median p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; p95 of each run [${r.runs.map((x) => x.p95.toFixed(1)).join(', ')}]`;

try {
  if (wants('bundle')) {
    const b = measureBundle(dist);
    raw.bundle = b;
    row(
      'First-load JS (gzip)',
      `${kb(b.js.gzip)} (raw ${kb(b.js.raw)}, ${b.jsFiles.length} files)`,
      '≤ 45 kB',
      b.js.gzip <= 45 * 1024,
    );
    row('First-load CSS (gzip)', `${kb(b.css.gzip)} (raw ${kb(b.css.raw)})`);
    const lazyTotal = b.lazy.reduce((s, l) => s + l.gzip, 0);
    row(
      'Lazy chunks (gzip, not counted)',
      `${b.lazy.length} chunks, ${kb(lazyTotal)}; largest ${b.lazy
        .slice(0, 3)
        .map((l) => `${l.file.replace('assets/', '')} ${kb(l.gzip)}`)
        .join(', ')}`,
    );
  }
  if (wants('lighthouse')) {
    try {
      const lh = await lighthouse(`${server.baseUrl}/`);
      raw.lighthouse = lh;
      row(
        'Lighthouse performance (mobile)',
        `${lh.performance} (FCP ${ms(lh.fcp)}, LCP ${ms(lh.lcp)}, TBT ${ms(lh.tbt)}, CLS ${lh.cls.toFixed(3)})`,
        '≥ 90',
        lh.performance >= 90,
      );
      row('Lighthouse accessibility', String(lh.accessibility), '100', lh.accessibility === 100);
      row('Lighthouse best practices', String(lh.bestPractices), '100', lh.bestPractices === 100);
      row('Lighthouse SEO', String(lh.seo), '≥ 90', lh.seo >= 90);
      if (lh.failed.length) row('Lighthouse failed audits', lh.failed.join(', '));
    } catch (error) {
      errors.push(`lighthouse: ${error.stack}`);
      row('Lighthouse', `FAILED: ${error.message.split('\n')[0]}`, '', false);
    }
  }
  if (wants('cold')) {
    const c = await measure('cold', (t) => coldStart(t));
    if (c)
      // Printed, not judged: issue 20 judges the case list's cold start by its ratios to the floor
      // app and the static page in one run (`floor`), because a fixed time on this machine moves
      // with its load (the static page alone took 267–374 ms in passes a day apart). This row's
      // old budget was 400 ms.
      row(
        'Offline cold start, 4× CPU (median of 5)',
        `${ms(c.median)} [${c.runs.map(Math.round).join(', ')}]; index.html from the SW at ${ms(c.html)}, scripts run by ${ms(c.dcl)}`,
        'by ratio (floor rows)',
      );
    // For comparison: the same navigation while the service worker is still running.
    const w = await measure('coldWarmSw', (t) => coldStart(t, { stopWorker: false }));
    if (w)
      row('  same, service worker already running', `${ms(w.median)} [${w.runs.map(Math.round).join(', ')}]`);
    const u = await measure('coldNoThrottle', (t) => coldStart(t, { cpu: 1 }));
    if (u) row('  same, no CPU slowdown', `${ms(u.median)} [${u.runs.map(Math.round).join(', ')}]`);
  }
  if (wants('floor')) {
    // 15 runs each: with 7, three passes on the same quiet machine put the medians far apart (the
    // static page 267–351 ms, Peerstart 472–691 ms) and the ratio with them (1.73–1.97×); a cold
    // start costs about a second, so more runs are cheap.
    const COLD_RUNS = 15;
    // Peerstart, the minimal floor app and a static page, measured alike and interleaved in the
    // same run: the ratios are what count (issue 20).
    console.error('Building the floor app and the static page …');
    const floorDist = resolve('.tmp/floor-dist');
    await buildApp({ outDir: floorDist, config: 'tests/bench/floor/vite.config.ts' });
    const floorServer = await startPreview({ dist: floorDist, port: port + 2 });
    const staticPage = await staticServer();
    try {
      const c = await measure('coldCompare', (t) =>
        coldStarts(
          t,
          {
            app: { baseUrl: server.baseUrl, seed: true, picture: true },
            floor: { baseUrl: floorServer.baseUrl, seed: true },
            static: { baseUrl: staticPage.baseUrl, seed: false },
            // With the passcode lock on, the first screen is the unlock screen.
            locked: { baseUrl: server.baseUrl, seed: true, lock: true },
          },
          { runs: COLD_RUNS },
        ),
      );
      if (c) {
        const spread = (runs) => `[${runs.map(Math.round).join(', ')}]`;
        // What the eye gets: the list painted (Element Timing on the case titles, the same probe in
        // all three). Peerstart paints its start picture (src/storage/start-picture.ts) before its
        // own script runs, as the static page paints its HTML.
        const toFloor = c.app.painted / c.floor.painted;
        const toStatic = c.app.painted / c.static.painted;
        // What the hand gets: Peerstart's own list, live (the picture is inert until then). The floor
        // app's list is live when it is in the DOM; the static page's is never live, so its "in the
        // DOM" is the nearest moment.
        const liveToFloor = c.app.median / c.floor.median;
        const liveToStatic = c.app.median / c.static.median;
        Object.assign(raw, { floorRatio: toFloor, staticRatio: toStatic, liveToFloor, liveToStatic });
        row(
          `Cold start, case list, 4× CPU, offline (median of ${COLD_RUNS}, interleaved): list painted`,
          `Peerstart ${ms(c.app.painted)} ${spread(c.app.paintRuns)}; floor ${ms(c.floor.painted)} ${spread(c.floor.paintRuns)}; static ${ms(c.static.painted)} ${spread(c.static.paintRuns)}`,
        );
        row(
          '  painted, vs the floor app (Preact + Dexie + PWA)',
          `${toFloor.toFixed(2)}×`,
          '≤ 1.0×',
          toFloor <= 1,
        );
        row('  painted, vs the static page (same SW)', `${toStatic.toFixed(2)}×`, '≤ 1.8×', toStatic <= 1.8);
        row(
          '  list live: Peerstart’s own render (floor, static: list in the DOM)',
          `Peerstart ${ms(c.app.median)} ${spread(c.app.runs)}; floor ${ms(c.floor.median)} ${spread(c.floor.runs)}; static ${ms(c.static.median)} ${spread(c.static.runs)}`,
        );
        row('  live, vs the floor app', `${liveToFloor.toFixed(2)}×`, '≤ 1.0×', liveToFloor <= 1);
        row('  live, vs the static page’s list in the DOM (printed)', `${liveToStatic.toFixed(2)}×`);
        // The lock on: the first screen a person sees is the unlock screen, under the same budget.
        const lockedToStatic = c.locked.median / c.static.median;
        raw.lockedStaticRatio = lockedToStatic;
        row(
          '  lock on → unlock screen ready, vs the static page',
          `${lockedToStatic.toFixed(2)}× (${ms(c.locked.median)} ${spread(c.locked.runs)})`,
          '≤ 1.8×',
          lockedToStatic <= 1.8,
        );
        // The first contentful paint is the list's own paint (Element Timing on the case titles),
        // within one frame at 60 Hz: nothing paints first and then makes the list wait.
        row(
          '  first-contentful-paint vs the list’s own paint (median of the runs’ gaps)',
          `FCP ${ms(c.app.fcp)} ${spread(c.app.fcpRuns)}; list painted ${spread(c.app.paintRuns)}; ${ms(c.app.fcpToListPaint)} apart`,
          '≤ 17 ms',
          c.app.fcpToListPaint <= 17,
        );
        // From the list in the DOM (Peerstart: its start picture) to its paint: style, layout, paint
        // and presentation. The static page's is the browser's own; Peerstart's should not be longer.
        row(
          '  list in the DOM → painted (median)',
          `Peerstart ${ms(c.app.domToPaint)}; floor ${ms(c.floor.domToPaint)}; static page ${ms(c.static.domToPaint)}`,
        );
      }
    } finally {
      await floorServer.stop();
    }
  }
  if (wants('tap')) {
    // Issue 20: every touch on the next frame, at 4× CPU, judged on the median of RUNS runs' p95
    // with every run's p95 printed (one run of 40 taps moves by ±5 ms with the machine).
    // A tap rests TAP_CONTACT_MS on the glass (local-first.mjs); the same taps with mouse-down and
    // mouse-up back to back are printed beside it (one run), without a budget, so the difference is seen.
    // Beside each, run by run in turn, the same taps or keystrokes on the bare controls page: what
    // this browser and this harness take with no app at all (no budget; the app's row is judged).
    const bareFigures = (r) =>
      `bare controls, same runs: median p95 ${r.p95.toFixed(1)} ms [${r.runs.map((x) => x.p95.toFixed(1)).join(', ')}]`;
    // The same inputs by Chromium's Event Timing (local-first.mjs): until the frame is on screen, in
    // 8 ms steps, under 16 ms counted as 16. Printed, not judged: the issue's budget is the probe's
    // "which frame shows it", and the bare page itself takes 24–40 ms at p95 by this measure here
    // (docs/benchmarks.md, 2026-12-07 morning), so a budget for it needs the owner's reading.
    const presentedRow = (beside) => {
      const app = beside.app.presented;
      const bare = beside.bare.presented;
      const each = (r) => r.runs.map((x) => Math.round(x.p95)).join(', ');
      row(
        '  input → frame presented (Event Timing; no app in brackets)',
        `median p50 ${ms(app.p50)} (${ms(bare.p50)}), median p95 ${ms(app.p95)} (${ms(bare.p95)}); p95 of each run [${each(app)}] ([${each(bare)}])`,
      );
    };
    const taps = [
      ['tap', 'readiness', 'readiness answer'],
      ['tapStar', 'role-star', 'Role Star rating'],
      ['tapJobStart', 'job-start', 'job-start tick'],
    ];
    for (const [name, tool, what] of taps) {
      const tp = await measureRunsBeside(name, (t, options) => tapToPaint(t, { tool, ...options }));
      if (tp) {
        row(
          `Tap → painted (${what}, ${TAP_CONTACT_MS} ms contact, 4× CPU, ${RUNS} runs × 40 taps)`,
          runFigures(tp.app),
          // On the next frame at 30 Hz, even at 4× CPU.
          'p95 ≤ 33 ms',
          tp.app.p95 <= 33,
        );
        row('  same taps, no app', bareFigures(tp.bare));
        presentedRow(tp);
      }
      const instant = await measure(`${name}Instant`, (t) => tapToPaint(t, { tool, hold: 0 }));
      if (instant) row('  same, mouse-up right after mouse-down (no hand taps so; 1 run)', figures(instant));
    }
    const k = await measureRunsBeside('keystroke', (t, options) => keystrokeToPaint(t, options));
    if (k) {
      row(
        `Keystroke → painted (Det praktiske, the longest text screen, 4× CPU, ${RUNS} runs × 100 keys)`,
        runFigures(k.app),
        'p95 ≤ 33 ms',
        k.app.p95 <= 33,
      );
      row('  same keystrokes, no app', bareFigures(k.bare));
      presentedRow(k);
    }
  }
  if (wants('autosave')) {
    const a = await measureRuns('autosave', (t) => autosave(t));
    if (a)
      row(
        `Autosave keystroke → commit (${RUNS} runs × 200 edits)`,
        runFigures(a),
        'p95 ≤ 50 ms',
        a.p95 <= 50,
      );
    const a4 = await measureRuns('autosave4x', (t) => autosave(t, { cpu: 4 }));
    if (a4)
      row(
        `Autosave at 4× CPU (${RUNS} runs × 200 edits)`,
        runFigures(a4),
        // Issue 20: keystroke → committed; the keystroke is on screen at once (optimistic layer).
        'p95 ≤ 100 ms',
        a4.p95 <= 100,
      );
  }
  if (wants('lock')) {
    // Passcode lock (issue 13). Unlock: click on "Lås op" → the first case card; PBKDF2 at 600,000
    // iterations is most of it, on purpose. DevTools' CPU slowdown does not slow WebCrypto's
    // PBKDF2 (it runs off the page's main thread), so the 4× row is judged on an estimate for a
    // device really 4× slower: the measured time plus three more times the 1× key derivation.
    const u1 = await measure('unlock', (t) => unlockTime(t, { cpu: 1 }));
    const unlockRow = (label, r, budgetMs, judged) =>
      row(
        label,
        `median ${ms(r.median)}, p95 ${ms(r.p95)}, max ${ms(r.max)} [${r.runs.map(Math.round).join(', ')}]; PBKDF2 alone ${ms(r.kdf)}${judged === r.p95 ? '' : `; est. on a 4× slower device ${ms(judged)}`}`,
        `p95 ≤ ${(budgetMs / 1000).toFixed(1)} s`,
        judged <= budgetMs,
      );
    if (u1) unlockRow('Unlock → first case, lock on (7 runs)', u1, 1500, u1.p95);
    const u4 = await measure('unlock4x', (t) => unlockTime(t, { cpu: 4 }));
    if (u4) {
      const estimate = u4.p95 + 3 * (u1?.kdf ?? u4.kdf);
      raw.unlock4xEstimate = estimate;
      unlockRow('Unlock → first case, 4× CPU (7 runs)', u4, 3000, estimate);
    }
    const lc = await measure('coldLock', (t) => coldStart(t, { lock: true }));
    // Printed, not judged: as the case list's, the unlock screen's cold start is judged by its
    // ratio to the static page in one run (`floor`); its old budget was a fixed 400 ms.
    if (lc)
      row(
        'Offline cold start, lock on → unlock screen ready, 4× CPU (median of 5)',
        `${ms(lc.median)} [${lc.runs.map(Math.round).join(', ')}]; index.html from the SW at ${ms(lc.html)}, scripts run by ${ms(lc.dcl)}, passcode field shown at ${ms(lc.shown)}`,
        'by ratio (floor rows)',
      );
    const lu = await measure('coldLockNoThrottle', (t) => coldStart(t, { lock: true, cpu: 1 }));
    if (lu) row('  same, no CPU slowdown', `${ms(lu.median)} [${lu.runs.map(Math.round).join(', ')}]`);
    // The same budgets as without the lock: keystroke → committed p95 ≤ 50 ms at 1× and, issue 20's
    // budget for every keystroke at 4× CPU, ≤ 100 ms.
    for (const [name, cpu, label, budget] of [
      ['autosaveLock', 1, 'Autosave with the lock on (sealed), keystroke → commit (200 edits)', 50],
      ['autosaveLock4x', 4, 'Autosave with the lock on (sealed) at 4× CPU (200 edits)', 100],
    ]) {
      const a = await measure(name, (t) => autosave(t, { cpu, lock: true }));
      if (a)
        row(
          label,
          `p50 ${a.p50.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms, max ${a.max.toFixed(1)} ms`,
          `p95 ≤ ${budget} ms`,
          a.p95 <= budget,
        );
    }
  }
  if (wants('lock') || wants('lockscale')) {
    // Issue 19: unlock and each migration with 1,000 cases, at 1× and 4× CPU (`--only=lockscale` alone).
    await lockAtScale(measure, row);
  }
  if (wants('scale')) {
    const s = await measure('scale', (t) => scale(t));
    if (s) {
      row(
        'Scale: case list, 1,000 cases × 10 rounds (median of 3)',
        `${ms(s.list)} [${s.listRuns.map(Math.round).join(', ')}]`,
        '≤ 200 ms',
        s.list <= 200,
      );
      row(
        'Scale: open a case (median of 5)',
        `${ms(s.open)} (first, with its lazy chunk: ${ms(s.openFirst)}) [${s.openRuns.map(Math.round).join(', ')}]`,
        '≤ 200 ms',
        s.open <= 200,
      );
      row('Scale: JS heap (list / after opening cases)', `${mb(s.heapList)} / ${mb(s.heapCase)}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
  await staticSite?.stop();
}

for (const [name, file] of [
  ['chart', 'chart.bench.mjs'],
  ['pdf', 'pdf.bench.mjs'],
]) {
  if (!wants(name)) continue;
  if (!existsSync(join(here, file))) {
    row(`${name} (${file})`, 'not present');
    continue;
  }
  const result = await runBenchFile(file, { DIST: dist, PORT: String(port + 1) });
  raw[name] = result.lines;
  if (result.lines.length === 0 || result.code !== 0) {
    errors.push(`${file} exited ${result.code}:\n${result.tail}`);
    row(`${name} (${file})`, `FAILED (exit ${result.code})`, '', false);
  }
  for (const line of result.lines) benchRow(file, line);
}

const widths = ['measure', 'result', 'budget', 'status'].map((k) =>
  Math.max(k.length, ...rows.map((r) => String(r[k]).length)),
);
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(`\nPeerstart benchmarks — ${info.date}`);
console.log(
  `Machine: ${info.nproc} CPUs (${info.cpu}), ${info.ramGiB} GiB RAM, ${info.chromium}, Node ${info.node}\n`,
);
console.log(line(['Measure', 'Result', 'Budget', 'Status']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line([r.measure, r.result, r.budget, r.status]));
const over = rows.filter((r) => r.status === 'OVER BUDGET').length;
console.log(
  `\n${over === 0 ? 'Every budget is met.' : `${over} budget(s) broken or measurement(s) failed.`}`,
);
if (errors.length) console.error(`\nErrors:\n${errors.join('\n\n')}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ machine: info, rows, raw }, null, 2));
console.log(`Raw figures: ${out}`);
process.exit(errors.length > 0 ? 1 : 0);
