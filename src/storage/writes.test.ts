import { afterEach, describe, expect, test } from 'vitest';
import { flushAllWrites, registerFlusher, runWrite, saveErrorKind, saveState, writeLatest } from './writes';

afterEach(() => saveState.set({ pending: 0, lastSavedAt: null, error: null }));

describe('write tracking', () => {
  test('a full disk becomes a "quota" error the UI can explain, and the next success clears it', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    await expect(runWrite(() => Promise.reject(quota))).rejects.toBe(quota);
    expect(saveState.get()).toMatchObject({ pending: 0, error: 'quota' });
    await runWrite(() => Promise.resolve('ok'));
    expect(saveState.get().error).toBeNull();
    expect(saveState.get().lastSavedAt).not.toBeNull();
  });

  test('while one field is unsaved, saving another field does not claim everything is saved', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    await expect(writeLatest('note', () => Promise.reject(quota))).rejects.toBe(quota);
    await writeLatest('title', () => Promise.resolve());
    expect(saveState.get().error).toBe('quota');
    // "Try again": the note's field saves its text again, and only then is everything saved.
    const unregister = registerFlusher(async () => {
      await writeLatest('note', () => Promise.resolve());
    });
    await flushAllWrites();
    unregister();
    expect(saveState.get().error).toBeNull();
  });

  test('Dexie-wrapped quota errors are recognised too', () => {
    const wrapped = Object.assign(new Error('AbortError'), {
      name: 'AbortError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    expect(saveErrorKind(wrapped)).toBe('quota');
    expect(saveErrorKind(new Error('boom'))).toBe('unknown');
  });

  test('queued writes of one field are skipped when a newer value arrives; order never flips', async () => {
    const written: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: () => void = () => {};
    const firstStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    const slow = writeLatest('field', async () => {
      started();
      await gate;
      written.push('a');
    });
    await firstStarted; // the first write has started and waits on the gate
    const skipped = writeLatest('field', async () => {
      written.push('ab');
    });
    const last = writeLatest('field', async () => {
      written.push('abc');
    });
    release();
    await Promise.all([slow, skipped, last]);
    expect(written).toEqual(['a', 'abc']);
  });
});
