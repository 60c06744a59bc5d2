// Playwright's global set-up: serves the production build (dist/ or $DIST, built by `npm run build`)
// with vite preview on a free port of 127.0.0.1, for the whole run; the workers read its address
// from the environment. Returns the teardown that stops the server.
import { startPreview } from './server.mjs';

export default async function globalSetup() {
  const server = await startPreview();
  process.env.PEERSTART_BASE_URL = server.baseUrl;
  process.env.PEERSTART_DIST_DIR = server.outDir;
  return () => server.stop();
}
