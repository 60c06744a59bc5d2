import { type HiringTopic, hiringTopics, recruitmentItems } from '../../../content/hiring-topics';
import { forKind } from '../../../content/types';

/** An employment's topics (a volunteer case has its own, see volunteer.test.tsx). */
const employmentTopics = forKind<HiringTopic>(hiringTopics, 'employment');

import {
  adviceShownAt,
  answeredRecruitment,
  hiringTopicsProgress,
  normaliseHiringTopics,
  rankTopics,
  topicItems,
} from './model';

const own = (id: string, text: string, order: number) => ({ [id]: { text, order } });

describe('hiring topics model', () => {
  it('lists topics by rating, highest first, and marks the top five for the interview', () => {
    const state = normaliseHiringTopics({
      ratings: { i1: 2, i2: 5, i3: 4, i4: 5, i5: 3, i6: 4, i7: 1, i8: 'unknown' },
    });
    const ranked = rankTopics(state);
    expect(ranked.map((r) => r.item.id)).toEqual(['i2', 'i4', 'i3', 'i6', 'i5', 'i1', 'i7']);
    expect(ranked.filter((r) => r.onAgenda).map((r) => r.item.id)).toEqual(['i2', 'i4', 'i3', 'i6', 'i5']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('ranks an own topic by its rating, after built-in topics with the same rating', () => {
    const state = normaliseHiringTopics({
      custom: { ...own('c-b', 'Nattevagter', 2), ...own('c-a', 'Bil og kørsel', 1) },
      ratings: { 'c-b': 5, i9: 5, 'c-a': 5, i3: 4, i1: 5 },
    });
    expect(rankTopics(state).map((r) => r.item.id)).toEqual(['i1', 'i9', 'c-a', 'c-b', 'i3']);
    const top = normaliseHiringTopics({ custom: own('c-x', 'Egen', 1), ratings: { 'c-x': 4, i1: 3 } });
    expect(rankTopics(top)[0]?.item).toEqual({ id: 'c-x', kind: 'own', ownText: 'Egen' });
  });

  it('leaves "don\'t know" and unrated topics out of the list but counts them as answered', () => {
    const state = normaliseHiringTopics({ ratings: { i1: 'unknown', i2: 3 } });
    expect(rankTopics(state).map((r) => r.item.id)).toEqual(['i2']);
    expect(hiringTopicsProgress(state)).toEqual({
      answered: 2,
      total: employmentTopics.length + recruitmentItems.length,
    });
  });

  it('counts own topics in the progress total', () => {
    const state = normaliseHiringTopics({ custom: own('c-1', 'x', 1), ratings: { 'c-1': 2 } });
    expect(hiringTopicsProgress(state)).toEqual({
      answered: 1,
      total: employmentTopics.length + recruitmentItems.length + 1,
    });
  });

  it('keeps written recruitment answers by known id, counts them as progress, and drops the rest', () => {
    const state = normaliseHiringTopics({
      recruitment: {
        panel: 'Leder, kollega og en peer fra Peer-Netværket',
        health: '   ',
        nope: 'x',
        'job-ad': 7,
      },
    });
    expect(state.recruitment).toEqual({
      panel: 'Leder, kollega og en peer fra Peer-Netværket',
      health: '   ',
    });
    expect(answeredRecruitment(state).map((item) => item.id)).toEqual(['panel']);
    expect(hiringTopicsProgress(state).answered).toBe(1);
  });

  it('turns garbage into a valid state: clamps ratings, drops unknown ids, caps texts', () => {
    const state = normaliseHiringTopics({
      ratings: { i1: 9, i2: -3, i3: 3.6, i4: 'nope', i5: Number.NaN, zz: 4, 'c-gone': 2, __proto__: 5 },
      notes: { i1: 'x'.repeat(5000), i2: 42, nope: 'y' },
      custom: { 'c-ok': { text: 'Eget', order: 'first' }, bad: { text: 'no' }, 'c-arr': [1] },
      extra: true,
    });
    expect(state.ratings).toEqual({ i1: 5, i2: 1, i3: 4 });
    expect(state.notes.i1).toHaveLength(2000);
    expect(Object.keys(state.notes)).toEqual(['i1']);
    expect(state.own).toEqual([{ id: 'c-ok', text: 'Eget', order: 0 }]);
    for (const garbage of [null, undefined, 42, 'x', [], { ratings: [5, 5] }]) {
      expect(normaliseHiringTopics(garbage)).toEqual({ ratings: {}, notes: {}, own: [], recruitment: {} });
    }
  });

  it('shows each piece of advice once, beside the first topic it applies to', () => {
    const at = adviceShownAt(topicItems(normaliseHiringTopics({})));
    expect([...at]).toEqual(['i1', 'i2', 'i4', 'i6', 'i7']);
  });
});
