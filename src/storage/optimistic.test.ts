import { beforeEach, describe, expect, test } from 'vitest';
import { afterNextPaint } from '../after-paint';
import {
  catchUp,
  currentData,
  docKey,
  forgetAll,
  overlay,
  readersAfterPaint,
  setPending,
  settle,
  subscribePending,
} from './optimistic';

const key = docKey('case-1', 'readiness');

beforeEach(() => forgetAll());

describe('pending writes laid over what the database returned', () => {
  test('a tapped answer shows at once, before the database has answered', () => {
    setPending(key, ['answers', 'r1'], 3);
    expect(overlay(key, { answers: { r2: 1 } })).toEqual({ answers: { r1: 3, r2: 1 } });
  });

  test('a result from before the commit never flips the answer back', () => {
    const pending = setPending(key, ['answers', 'r1'], 3);
    settle(pending, 2_000);
    catchUp(key, { updatedAt: 1_500 }, { answers: { r1: 1 } });
    expect(overlay(key, { answers: { r1: 1 } })).toEqual({ answers: { r1: 3 } });
  });

  test("once the database shows the commit, its value (or a later tab's) is shown", () => {
    const pending = setPending(key, ['answers', 'r1'], 3);
    settle(pending, 2_000);
    catchUp(key, { updatedAt: 2_500 }, { answers: { r1: 4 } });
    const stored = { answers: { r1: 4 } };
    expect(overlay(key, stored)).toBe(stored);
  });

  test('a second reader still holding the record from before the commit keeps showing the value', () => {
    // The case's snapshot sees the commit first; the tool's own document query has not yet.
    const pending = setPending(key, ['custom', 'c-1'], { text: '' });
    settle(pending, 2_000);
    const fresh = { custom: { 'c-1': { text: '' } } };
    catchUp(key, { updatedAt: 2_000 }, fresh);
    expect(overlay(key, fresh, 2_000)).toBe(fresh);
    // The stale reader: the document did not exist yet, or was older than the commit.
    expect(overlay(key, {}, 0)).toEqual(fresh);
    expect(overlay(key, { custom: {} }, 1_500)).toEqual(fresh);
    // A later write by another tab is not covered up by it.
    const later = { custom: { 'c-1': { text: 'Nattevagter' } } };
    expect(overlay(key, later, 2_600)).toBe(later);
  });

  test('a failed write stays on screen (it has no commit stamp)', () => {
    setPending(key, ['note'], 'Ikke gemt endnu');
    catchUp(key, { updatedAt: 9_999_999 }, {});
    expect(overlay(key, {})).toEqual({ note: 'Ikke gemt endnu' });
  });

  test('a field written after a whole-document change keeps the field', () => {
    setPending(key, [], { custom: { a: { text: '' } } });
    setPending(key, ['custom', 'a', 'text'], 'Parkering');
    expect(overlay(key, {})).toEqual({ custom: { a: { text: 'Parkering' } } });
  });

  test('the data shown is what was read with the pending values over it', () => {
    catchUp(key, { updatedAt: 1 }, { answers: { r2: 2 } });
    setPending(key, ['answers', 'r1'], 0);
    expect(currentData(key)).toEqual({ answers: { r1: 0, r2: 2 } });
  });

  test('names of Object.prototype members in stored data are not followed', () => {
    setPending(key, ['answers', 'toString'], 1);
    expect(overlay(key, {})).toEqual({ answers: { toString: 1 } });
  });
});

describe('which readers render again', () => {
  test('a commit seen by one reader does not render the others again: they show the same either way', () => {
    const renders: unknown[] = [];
    const stop = subscribePending((record) => renders.push(record));
    const pending = setPending(key, ['answers', 'r1'], 3);
    expect(renders).toEqual([key]);
    settle(pending, 2_000);
    catchUp(key, { updatedAt: 2_000 }, { answers: { r1: 3 } });
    // The reader still holding the record from before shows the same answer without a render.
    expect(overlay(key, { answers: {} }, 1_000)).toEqual({ answers: { r1: 3 } });
    expect(renders).toEqual([key]);
    stop();
  });

  test('a record deleted meanwhile: its readers render, and its values are shown no more', () => {
    const renders: unknown[] = [];
    const stop = subscribePending((record) => renders.push(record));
    const pending = setPending(key, ['answers', 'r1'], 3);
    settle(pending, 2_000);
    catchUp(key, null);
    expect(renders).toEqual([key, key]);
    expect(overlay(key, {}, 0)).toEqual({});
    stop();
  });

  test('text typed in a field reaches the other readers after the paint, once for the frame', async () => {
    const renders: unknown[] = [];
    const stop = subscribePending((record) => renders.push(record));
    readersAfterPaint(() => setPending(key, ['note'], 'H'));
    readersAfterPaint(() => setPending(key, ['note'], 'Hej'));
    // Nothing renders for it in the keystroke's own frame, yet a reader that renders shows it.
    expect(renders).toEqual([]);
    expect(overlay(key, { note: '' })).toEqual({ note: 'Hej' });
    await afterNextPaint();
    await afterNextPaint();
    expect(renders).toEqual([key]);
    stop();
  });

  test('a tap meanwhile tells the readers at once, and not again after the paint', async () => {
    const renders: unknown[] = [];
    const stop = subscribePending((record) => renders.push(record));
    readersAfterPaint(() => setPending(key, ['note'], 'Hej'));
    setPending(key, ['answers', 'r1'], 3);
    expect(renders).toEqual([key]);
    await afterNextPaint();
    await afterNextPaint();
    expect(renders).toEqual([key]);
    stop();
  });
});
