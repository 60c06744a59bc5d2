import type { ReadinessAnswer } from '../../../content/readiness';
import {
  bandFor,
  compareRounds,
  normaliseAnswer,
  normaliseReadinessDoc,
  normaliseRound,
  readinessEntries,
  scoreRound,
  unknownItems,
  weakestItems,
} from './model';

const ids = readinessEntries(normaliseReadinessDoc(undefined)).map((e) => e.id);
const all = (value: ReadinessAnswer) => Object.fromEntries(ids.map((id) => [id, value]));

describe('readiness scoring', () => {
  it('adds ten answers to a plain total from 10 to 40', () => {
    const answers: Record<string, ReadinessAnswer> = { ...all(3), r1: 4, r7: 1 };
    const score = scoreRound(answers, ids);
    expect(score).toMatchObject({ known: 10, raw: 29, scaled: 29, converted: false, missing: 0 });
    expect(score.band?.id).toBe('lukewarm');
    expect(scoreRound(all(1), ids).scaled).toBe(10);
    expect(scoreRound(all(4), ids).scaled).toBe(40);
  });

  it('leaves "ved ikke" out and converts the rest to the 10–40 scale', () => {
    const answers = { ...all(4), r2: 'unknown', r5: 'unknown' } as const;
    const score = scoreRound(answers, ids);
    expect(score).toMatchObject({ known: 8, unknown: 2, answered: 10, raw: 32, scaled: 40, converted: true });
    expect(score.band?.id).toBe('warm');
  });

  it('counts own statements in the total', () => {
    const withOwn = [...ids, 'c-own'];
    const score = scoreRound({ ...all(2), 'c-own': 4 as const }, withOwn);
    expect(score).toMatchObject({ itemCount: 11, known: 11, raw: 24, scaled: 22, converted: true });
  });

  it('has no total before any statement is rated', () => {
    const score = scoreRound({ r1: 'unknown' }, ids);
    expect(score).toMatchObject({ scaled: null, band: null, answered: 1, missing: 9 });
  });

  it('reads the bands at their edges', () => {
    expect([10, 19, 20, 29, 30, 40].map((n) => bandFor(n).id)).toEqual([
      'cold',
      'cold',
      'lukewarm',
      'lukewarm',
      'warm',
      'warm',
    ]);
  });

  it('names the coolest statements to work on, ties in list order, never the fully warm ones', () => {
    const answers = { ...all(4), r9: 1, r3: 2, r6: 2, r8: 2, r10: 'unknown' } as const;
    expect(weakestItems(answers, ids)).toEqual(['r9', 'r3', 'r6']);
    expect(weakestItems(all(4), ids)).toEqual([]);
    expect(unknownItems(answers, ids)).toEqual(['r10']);
  });

  it('compares two rounds item by item', () => {
    const changes = compareRounds({ r1: 2, r2: 'unknown' }, { r1: 4, r2: 3, r3: 1 }, ids);
    expect(changes.slice(0, 4)).toEqual([
      { id: 'r1', from: 2, to: 4, change: 2 },
      { id: 'r2', from: 'unknown', to: 3, change: null },
      { id: 'r3', from: undefined, to: 1, change: null },
      { id: 'r4', from: undefined, to: undefined, change: null },
    ]);
  });
});

describe('readiness data from storage', () => {
  it('clamps answers to the scale and drops garbage', () => {
    expect([0, 1, 2.6, 9, -3, 'unknown', '3', null, Number.NaN].map(normaliseAnswer)).toEqual([
      1,
      1,
      3,
      4,
      1,
      'unknown',
      undefined,
      undefined,
      undefined,
    ]);
    const round = normaliseRound(
      {
        id: 'x',
        createdAt: 1,
        updatedAt: 2,
        data: {
          name: 'N'.repeat(500),
          date: 'tomorrow',
          answers: { r1: 7, r2: 'maybe', zz: 2, 'c-gone': 3 },
          notes: { r1: 'ok', r2: 5, zz: 'x' },
          extra: 1,
        },
      },
      ids,
    );
    expect(round).toMatchObject({ name: 'N'.repeat(80), date: '', answers: { r1: 4 }, notes: { r1: 'ok' } });
    expect(normaliseRound({ id: 'y', createdAt: 1, updatedAt: 1, data: 'junk' }, ids)).toMatchObject({
      name: '',
      answers: {},
      notes: {},
    });
  });
});
