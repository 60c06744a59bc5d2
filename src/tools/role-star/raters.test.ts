import { describe, expect, it } from 'vitest';
import { SERIES_PAINT } from '../../chart/palette';
import { roundChartInput } from './chart-input';
import {
  isSoloRound,
  nextRater,
  normaliseConfig,
  normaliseRound,
  type RoundData,
  roleStarProgress,
  roundRaters,
  roundStage,
} from './model';
import { differencesAmong, newBlindRoundData, nextUnanswered, roundMode, sameRatingAmong } from './raters';

function round(patch: Partial<RoundData> = {}): RoundData {
  return { ...normaliseRound({ name: 'R', date: '2026-01-02', dimensionIds: ['a', 'b', 'c'] }), ...patch };
}

describe('who rates: the two people, with a colleague, or the peer worker alone', () => {
  it('reads every stored round: one without raters is the manager and the peer worker', () => {
    const old = normaliseRound({ dimensionIds: ['a'], ratings: { manager: { a: 2 }, peer: { a: 3 } } });
    expect(roundRaters(old)).toEqual(['manager', 'peer']);
    expect(old.raters).toBeUndefined();
    expect(old.ratings.colleague).toEqual({});
    expect(roundMode(old)).toBe('together');
  });

  it('keeps the three modes and drops any other set of raters', () => {
    expect(normaliseRound({ raters: ['peer'] }).raters).toEqual(['peer']);
    expect(normaliseRound({ raters: ['colleague', 'peer', 'manager', 'x'] }).raters).toEqual([
      'manager',
      'peer',
      'colleague',
    ]);
    expect(normaliseRound({ raters: ['manager'] }).raters).toBeUndefined();
    expect(normaliseRound({ raters: 'peer' }).raters).toBeUndefined();
    const r = normaliseRound({
      dimensionIds: ['a'],
      raters: ['manager', 'peer', 'colleague'],
      colleagueName: '  Sara ',
      ratings: { colleague: { a: 9, z: 1 } },
      finished: { colleague: true },
      current: 'colleague',
      previous: 'r1',
    });
    expect(r.ratings.colleague).toEqual({ a: 4 });
    expect(r.finished).toEqual({ colleague: true });
    expect(r.current).toBe('colleague');
    expect(r.colleagueName).toBe('  Sara ');
    expect(r.previous).toBe('r1');
  });

  it('passes the turn to each rater in order, and a solo round ends with the own star', () => {
    const three = round({ raters: ['manager', 'peer', 'colleague'], current: 'colleague' });
    expect(roundStage(three)).toEqual({ kind: 'rating', person: 'colleague' });
    expect(nextRater(three, 'colleague')).toBe('manager');
    const twoDone = round({
      raters: ['manager', 'peer', 'colleague'],
      finished: { colleague: true, manager: true },
      current: 'peer',
    });
    expect(roundStage(twoDone)).toEqual({ kind: 'rating', person: 'peer' });
    expect(nextRater(twoDone, 'peer')).toBeUndefined();
    expect(roundStage({ ...twoDone, finished: { ...twoDone.finished, peer: true } })).toEqual({
      kind: 'ready',
    });
    const solo = round({ raters: ['peer'], current: 'peer' });
    expect(isSoloRound(solo)).toBe(true);
    expect(roundStage(solo)).toEqual({ kind: 'rating', person: 'peer' });
    expect(roundStage({ ...solo, finished: { peer: true } })).toEqual({ kind: 'own' });
  });

  it('measures a difference as the spread of all three, marking the largest to talk about', () => {
    const r = round({
      raters: ['manager', 'peer', 'colleague'],
      ratings: {
        manager: { a: 1, b: 2, c: 'skip' },
        peer: { a: 4, b: 2, c: 3 },
        colleague: { a: 2, b: 2, c: 1 },
      },
    });
    expect(differencesAmong(r, 2).map((d) => [d.id, d.gap, d.talk])).toEqual([
      ['a', 3, true],
      ['c', 2, true],
      ['b', 0, false],
    ]);
    expect(sameRatingAmong(r)).toEqual({ b: 2 });
  });

  it('gives two raters the same differences as before: a skip cannot be compared', () => {
    const r = round({
      ratings: { manager: { a: 1, b: 'skip', c: 2 }, peer: { a: 3, b: 2, c: 2 }, colleague: {} },
    });
    expect(differencesAmong(r, 2).map((d) => [d.id, d.gap])).toEqual([
      ['a', 2],
      ['c', 0],
      ['b', null],
    ]);
  });

  it('starts every new round blind: nothing chosen for anyone, the chosen person first, the last agreed round kept', () => {
    const config = normaliseConfig(undefined);
    const data = newBlindRoundData(config, 'da', {
      name: 'Opfølgning',
      date: '2027-01-01',
      mode: 'colleague',
      first: 'peer',
      colleagueName: 'Sara',
      previous: 'r1',
    });
    expect(data.ratings).toEqual({ manager: {}, peer: {}, colleague: {} });
    expect(data.current).toBe('peer');
    expect(data.raters).toEqual(['manager', 'peer', 'colleague']);
    expect(data.previous).toBe('r1');
    expect(data.startedFrom).toBeUndefined();
    expect(
      newBlindRoundData(config, 'da', { name: '', date: '', mode: 'together', first: 'manager' }).raters,
    ).toBeUndefined();
  });

  it('brings the next open task into view after an answer, wrapping to the top', () => {
    const r = round({
      dimensionIds: ['a', 'b', 'c', 'd'],
      ratings: { manager: { b: 1 }, peer: {}, colleague: {} },
    });
    expect(nextUnanswered(r, 'manager', 'a')).toBe('c');
    expect(nextUnanswered(r, 'manager', 'd')).toBe('a');
    expect(
      nextUnanswered({ ...r, ratings: { ...r.ratings, manager: { a: 1, b: 1, c: 1 } } }, 'manager', 'd'),
    ).toBe(undefined);
  });

  it('draws one to three people, each with its own line, dash and marker', () => {
    const r = round({
      raters: ['manager', 'peer', 'colleague'],
      ratings: { manager: { a: 1 }, peer: { a: 2 }, colleague: { a: 3 } },
    });
    const input = roundChartInput(
      r,
      'da',
      { manager: 'L', peer: 'P', colleague: 'K' },
      { people: true, agreed: true },
    );
    expect(input.series.map((s) => s.style)).toEqual(['manager', 'peer', 'colleague', 'agreed']);
    const paints = (['manager', 'peer', 'colleague', 'agreed'] as const).map((s) => SERIES_PAINT[s]);
    expect(new Set(paints.map((p) => p.stroke)).size).toBe(4);
    expect(new Set(paints.map((p) => p.marker)).size).toBe(4);
    expect(new Set(paints.map((p) => `${p.dash}|${p.strokeWidth}`)).size).toBe(4);
    const solo = roundChartInput(
      round({ raters: ['peer'] }),
      'da',
      { manager: 'L', peer: 'P', colleague: 'K' },
      {
        people: true,
        agreed: false,
      },
    );
    expect(solo.series.map((s) => s.style)).toEqual(['peer']);
  });

  it('leaves the peer worker’s own rounds out of the overview’s progress', () => {
    const config = normaliseConfig(undefined);
    const agreed = { id: 'x', createdAt: 1, updatedAt: 1, data: round({ agreed: { a: 1, b: 2, c: 3 } }) };
    const solo = { id: 'y', createdAt: 2, updatedAt: 2, data: round({ raters: ['peer'] }) };
    expect(roleStarProgress(config, [agreed, solo])).toEqual({ answered: 3, total: 3 });
  });
});
