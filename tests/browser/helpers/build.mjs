// Builds the app into a folder of its own (for specs that need a second version, e.g. the update test).
import { spawn } from 'node:child_process';

/** Runs `vite build` with an optional config file into `outDir`; rejects with vite's output on failure. */
export function buildApp({ outDir, config }) {
  const args = [
    'node_modules/vite/bin/vite.js',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ];
  if (config) args.push('--config', config);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // The update config imports the main one without an extension (TypeScript wants it so).
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`vite build failed (${code}):\n${output.slice(-3000)}`)),
    );
  });
}
