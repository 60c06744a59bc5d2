// Lighthouse (mobile, its default) on the case list, with Debian's Chromium and a throwaway profile.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/helpers/browser.mjs';

/** Runs Lighthouse against `url`; resolves with the four category scores (0–100) and key metrics. */
export async function lighthouse(url) {
  const dir = mkdtempSync(join(tmpdir(), 'peerstart-lh-'));
  const out = join(dir, 'lh.json');
  const flags = [...CHROMIUM_ARGS, `--user-data-dir=${join(dir, 'profile')}`].join(' ');
  try {
    await new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          'node_modules/lighthouse/cli/index.js',
          url,
          `--chrome-flags=${flags}`,
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
      );
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`)),
      );
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
    const score = (id) => Math.round((report.categories[id]?.score ?? Number.NaN) * 100);
    const metric = (id) => report.audits[id]?.numericValue;
    const failed = Object.values(report.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category.id}/${ref.id}`),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      failed,
      version: report.lighthouseVersion,
      userAgent: report.environment?.hostUserAgent,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
