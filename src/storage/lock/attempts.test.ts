import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

type AttemptsModule = typeof import('./attempts');
type Db = typeof import('../db')['db'];

/** A page's modules, loaded afresh: what a reload (or another tab) starts with. */
interface Page {
  attempts: AttemptsModule;
  db: Db;
}

async function newPage(): Promise<Page> {
  vi.resetModules();
  const attempts = await import('./attempts');
  const { db } = await import('../db');
  return { attempts, db };
}

const DAY_MS = 24 * 60 * 60_000;
const RIGHT = { unlocked: true };

// The page's monotonic clock (performance.now), moved only by the tests: no test waits for time.
let monotonic = 0;
const passes = (ms: number) => {
  monotonic += ms;
};

/** A verify that resolves `result` and counts its calls. */
function verifier<T>(result: T | null) {
  return vi.fn(async () => result);
}
const wrong = () => verifier<typeof RIGHT>(null);
const right = () => verifier(RIGHT);

/** Makes `failures` wrong attempts in a row, none of them waiting. */
async function failTimes(page: Page, failures: number): Promise<void> {
  for (let i = 0; i < failures; i++) {
    await expect(page.attempts.attemptPasscode(wrong())).rejects.toMatchObject({
      name: 'WrongPasscodeError',
    });
  }
}

/** Web Locks as a browser gives them: one holder per name at a time, the rest queue in order. */
function installWebLocks(): void {
  const tails = new Map<string, Promise<unknown>>();
  const locks = {
    request(name: string, task: () => Promise<unknown>): Promise<unknown> {
      const run = (tails.get(name) ?? Promise.resolve()).then(() => task());
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
  Object.defineProperty(navigator, 'locks', { configurable: true, get: () => locks });
}

beforeEach(async () => {
  monotonic = 1_000;
  vi.spyOn(performance, 'now').mockImplementation(() => monotonic);
  localStorage.clear();
  const { db } = await newPage();
  await db.meta.clear();
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'locks');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('passcode attempts', () => {
  test('five wrong passcodes are free; the sixth attempt waits, without trying the passcode', async () => {
    const page = await newPage();
    for (let i = 1; i < page.attempts.FREE_ATTEMPTS; i++) {
      await expect(page.attempts.attemptPasscode(wrong())).rejects.toMatchObject({
        name: 'WrongPasscodeError',
        waitMs: 0,
      });
    }
    await expect(page.attempts.attemptPasscode(wrong())).rejects.toMatchObject({
      name: 'WrongPasscodeError',
      waitMs: 30_000,
    });

    const sixth = right();
    await expect(page.attempts.attemptPasscode(sixth)).rejects.toMatchObject({
      name: 'AttemptWaitError',
      waitMs: 30_000,
    });
    expect(sixth).not.toHaveBeenCalled();

    passes(29_000);
    await expect(page.attempts.attemptPasscode(sixth)).rejects.toMatchObject({
      name: 'AttemptWaitError',
      waitMs: 1_000,
    });
    passes(1_000);
    await expect(page.attempts.attemptPasscode(wrong())).rejects.toMatchObject({
      name: 'WrongPasscodeError',
      waitMs: 60_000,
    });
    expect(await page.attempts.failedAttempts()).toBe(6);
  });

  test('the waits double up to 15 minutes', async () => {
    const page = await newPage();
    await failTimes(page, page.attempts.FREE_ATTEMPTS);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      passes(60 * 60_000);
      const error = await page.attempts.attemptPasscode(wrong()).catch((e: { waitMs: number }) => e);
      waits.push((error as { waitMs: number }).waitMs);
    }
    expect(waits).toEqual([60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000]);
  });

  test('setting the device clock forward by a day does not skip the wait', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const page = await newPage();
    await failTimes(page, page.attempts.FREE_ATTEMPTS);

    vi.setSystemTime(Date.now() + DAY_MS);
    const attempt = right();
    await expect(page.attempts.attemptPasscode(attempt)).rejects.toMatchObject({
      name: 'AttemptWaitError',
      waitMs: 30_000,
    });

    // Nor does reloading on the clock set forward: the new page owes the wait again.
    const reloaded = await newPage();
    vi.setSystemTime(Date.now() + DAY_MS);
    await expect(reloaded.attempts.attemptPasscode(attempt)).rejects.toMatchObject({
      name: 'AttemptWaitError',
      waitMs: 30_000,
    });
    expect(attempt).not.toHaveBeenCalled();
  });

  test('a reload restarts what is left of the wait, never skips it', async () => {
    const page = await newPage();
    await failTimes(page, page.attempts.FREE_ATTEMPTS);
    passes(20_000);
    await expect(page.attempts.attemptPasscode(right())).rejects.toMatchObject({ waitMs: 10_000 });

    const reloaded = await newPage();
    expect(reloaded.attempts.waitBeforeAttempt()).toBe(10_000);
    passes(5_000);
    await expect(reloaded.attempts.attemptPasscode(right())).rejects.toMatchObject({
      name: 'AttemptWaitError',
      waitMs: 5_000,
    });
    passes(5_000);
    await expect(reloaded.attempts.attemptPasscode(right())).resolves.toBe(RIGHT);
  });

  test('clearing localStorage does not reset the count', async () => {
    const page = await newPage();
    await failTimes(page, page.attempts.FREE_ATTEMPTS);
    localStorage.clear();
    expect(await page.attempts.failedAttempts()).toBe(page.attempts.FREE_ATTEMPTS);

    const reloaded = await newPage();
    localStorage.clear();
    const attempt = right();
    await expect(reloaded.attempts.attemptPasscode(attempt)).rejects.toMatchObject({
      name: 'AttemptWaitError',
      waitMs: 30_000,
    });
    expect(attempt).not.toHaveBeenCalled();
  });

  test('the larger of the two counts is read', async () => {
    const page = await newPage();
    await failTimes(page, 2);
    localStorage.setItem(
      'peerstart.lock.attempts',
      JSON.stringify({ failures: 7, waitMs: 120_000, stamp: 's' }),
    );
    expect(await page.attempts.failedAttempts()).toBe(7);
    localStorage.setItem('peerstart.lock.attempts', JSON.stringify({ failures: 1, waitMs: 0, stamp: 't' }));
    expect(await page.attempts.failedAttempts()).toBe(2);
  });

  test('a count written by the earlier version (the wall-clock time of the last failure) owes its full wait', async () => {
    localStorage.setItem(
      'peerstart.lock.attempts',
      JSON.stringify({ failures: 6, lastAt: Date.now() - DAY_MS }),
    );
    const page = await newPage();
    await expect(page.attempts.attemptPasscode(right())).rejects.toMatchObject({
      name: 'AttemptWaitError',
      waitMs: 60_000,
    });
    passes(60_000);
    await expect(page.attempts.attemptPasscode(right())).resolves.toBe(RIGHT);
  });

  test('the right passcode resets the count, in both places', async () => {
    const page = await newPage();
    await failTimes(page, page.attempts.FREE_ATTEMPTS);
    passes(30_000);
    await expect(page.attempts.attemptPasscode(right())).resolves.toBe(RIGHT);

    expect(await page.attempts.failedAttempts()).toBe(0);
    expect(localStorage.getItem('peerstart.lock.attempts')).toBeNull();
    expect(await page.db.meta.get(page.attempts.ATTEMPTS_META_KEY)).toBeUndefined();
    await expect(page.attempts.attemptPasscode(wrong())).rejects.toMatchObject({ waitMs: 0 });
  });

  test('an IndexedDB that cannot be read or written does not stop the right passcode', async () => {
    const page = await newPage();
    vi.spyOn(page.db.meta, 'get').mockRejectedValue(new Error('UnknownError'));
    vi.spyOn(page.db.meta, 'put').mockRejectedValue(new Error('QuotaExceededError'));
    vi.spyOn(page.db.meta, 'delete').mockRejectedValue(new Error('UnknownError'));
    await failTimes(page, 2);
    expect(await page.attempts.failedAttempts()).toBe(2); // localStorage kept it
    await expect(page.attempts.attemptPasscode(right())).resolves.toBe(RIGHT);
  });

  test('a failure of verify itself (the database) is not counted as a wrong passcode', async () => {
    const page = await newPage();
    const broken = vi.fn(async (): Promise<typeof RIGHT | null> => {
      throw new Error('Database unavailable');
    });
    await expect(page.attempts.attemptPasscode(broken)).rejects.toThrow('Database unavailable');
    expect(await page.attempts.failedAttempts()).toBe(0);
  });

  test('two tabs attempting at once take turns, and both failures count', async () => {
    installWebLocks();
    const tabA = await newPage();
    const tabB = await newPage();
    const order: string[] = [];
    let releaseA = () => {};
    const verifyA = vi.fn(async () => {
      order.push('A starts');
      await new Promise<void>((resolve) => {
        releaseA = resolve;
      });
      order.push('A ends');
      return null;
    });
    const verifyB = vi.fn(async () => {
      order.push('B starts');
      return null;
    });

    const a = tabA.attempts.attemptPasscode(verifyA);
    const b = tabB.attempts.attemptPasscode(verifyB);
    await vi.waitFor(() => expect(verifyA).toHaveBeenCalled());
    // B has every chance to run while A's key derivation is under way; it must not.
    await tabB.attempts.failedAttempts();
    expect(verifyB).not.toHaveBeenCalled();

    releaseA();
    await expect(a).rejects.toMatchObject({ name: 'WrongPasscodeError' });
    await expect(b).rejects.toMatchObject({ name: 'WrongPasscodeError' });
    expect(order).toEqual(['A starts', 'A ends', 'B starts']);
    expect(await tabA.attempts.failedAttempts()).toBe(2);
  });

  test('the sixth attempt waits in another tab too', async () => {
    installWebLocks();
    const tabA = await newPage();
    await failTimes(tabA, tabA.attempts.FREE_ATTEMPTS);
    const tabB = await newPage();
    const attempt = right();
    await expect(tabB.attempts.attemptPasscode(attempt)).rejects.toMatchObject({
      name: 'AttemptWaitError',
      waitMs: 30_000,
    });
    expect(attempt).not.toHaveBeenCalled();
  });

  test('without Web Locks attempts still run, unserialised', async () => {
    const page = await newPage();
    let release = () => {};
    const slow = vi.fn(
      () =>
        new Promise<null>((resolve) => {
          release = () => resolve(null);
        }),
    );
    const quick = right();
    const first = page.attempts.attemptPasscode(slow);
    await vi.waitFor(() => expect(slow).toHaveBeenCalled());
    await expect(page.attempts.attemptPasscode(quick)).resolves.toBe(RIGHT);
    release();
    await expect(first).rejects.toMatchObject({ name: 'WrongPasscodeError' });
  });
});
