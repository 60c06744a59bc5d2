/**
 * Slows down guessing: after FREE_ATTEMPTS wrong passcodes in a row, each further attempt must wait,
 * twice as long each time (30 s, 1 min, 2 min … up to 15 min). The count is kept in localStorage,
 * so reloading the page does not reset it; the right passcode does. Each attempt also costs a full
 * key derivation (600,000 PBKDF2 rounds).
 */
const KEY = 'peerstart.lock.attempts';
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

interface Attempts {
  failures: number;
  lastAt: number;
}

function read(): Attempts {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Attempts> | null;
    if (typeof parsed?.failures === 'number' && typeof parsed.lastAt === 'number') {
      return { failures: parsed.failures, lastAt: parsed.lastAt };
    }
  } catch {
    // unreadable counts as no failures
  }
  return { failures: 0, lastAt: 0 };
}

/** Milliseconds until the next attempt is allowed (0: now). */
export function waitBeforeAttempt(now = Date.now()): number {
  const { failures, lastAt } = read();
  if (failures < FREE_ATTEMPTS) return 0;
  const wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS));
  return Math.max(0, lastAt + wait - now);
}

export function failedAttempts(): number {
  return read().failures;
}

export function recordFailure(now = Date.now()): void {
  const { failures } = read();
  try {
    localStorage.setItem(KEY, JSON.stringify({ failures: failures + 1, lastAt: now }));
  } catch {
    // Without storage the wait cannot outlive the page; the key derivation still slows guessing.
  }
}

export function resetAttempts(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
