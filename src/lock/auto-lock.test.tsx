import { act, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { dbStatus } from '../storage/db-status';
import { expectSystemSheet, lockOn, writeIdleMinutes } from '../storage/lock/lock-flag';
import { AutoLock } from './AutoLock';

const lockNow = vi.fn(async () => undefined);
vi.mock('../storage/lock/lock', () => ({ lockNow: () => lockNow() }));

function becomeHidden(state: 'hidden' | 'visible' = 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Lets the dynamic import of the lock module resolve. */
async function settle() {
  await act(async () => {
    await vi.dynamicImportSettled();
  });
}

beforeEach(() => {
  lockNow.mockClear();
  document.documentElement.classList.remove('locking');
  lockOn.set(true);
  dbStatus.set('ready');
  writeIdleMinutes(1);
});
afterEach(() => {
  vi.useRealTimers();
  becomeHidden('visible');
  lockOn.set(false);
});

describe('automatic lock', () => {
  test('locks after the chosen idle time, and each tap starts the wait again', async () => {
    vi.useFakeTimers();
    render(<AutoLock />);
    act(() => {
      vi.advanceTimersByTime(50_000);
    });
    window.dispatchEvent(new Event('pointerdown'));
    act(() => {
      vi.advanceTimersByTime(50_000);
    });
    await settle();
    expect(lockNow).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(11_000);
    });
    await settle();
    expect(lockNow).toHaveBeenCalledTimes(1);
  });

  test('going to the background hides the screen at once and locks', async () => {
    render(<AutoLock />);
    becomeHidden();
    expect(document.documentElement.classList.contains('locking')).toBe(true);
    await settle();
    expect(lockNow).toHaveBeenCalled();
  });

  test('a file picker or share sheet the app opened does not lock on its way to the background', async () => {
    render(<AutoLock />);
    expectSystemSheet();
    becomeHidden();
    await settle();
    expect(lockNow).not.toHaveBeenCalled();
    becomeHidden('visible');
    becomeHidden();
    await settle();
    expect(lockNow).toHaveBeenCalled();
  });

  test('does nothing while the lock is off', async () => {
    lockOn.set(false);
    render(<AutoLock />);
    becomeHidden();
    await settle();
    expect(lockNow).not.toHaveBeenCalled();
  });
});
