import { motivationProgress, normaliseMotivation } from './model';

describe('motivation model', () => {
  it('counts only questions with written answers, own questions included', () => {
    const state = normaliseMotivation({
      answers: { m1: 'Et besøg på et botilbud', m2: '   ', 'c-1': 'Mere håb' },
      custom: { 'c-1': { text: 'Hvem skal med?', order: 1 } },
    });
    expect(motivationProgress(state)).toEqual({ answered: 2, total: 4 });
  });

  it('starts empty: nothing answered of the three questions', () => {
    expect(motivationProgress(normaliseMotivation(undefined))).toEqual({ answered: 0, total: 3 });
  });

  it('turns garbage into a valid state', () => {
    const state = normaliseMotivation({
      answers: { m1: 42, m9: 'unknown id', m2: 'x'.repeat(20_000), 'c-gone': 'answer to a removed question' },
      custom: { 'not-custom': { text: 'bad id', order: 1 }, 'c-2': { text: 7, order: 'x' }, 'c-3': null },
      summary: ['not a string'],
      extra: true,
    });
    expect(Object.keys(state.answers)).toEqual(['m2']);
    expect(state.answers.m2?.length).toBe(10_000);
    expect(state.custom).toEqual({ 'c-2': { text: '', order: 0 } });
    expect(state.summary).toBe('');
    expect(normaliseMotivation('a string')).toEqual({ answers: {}, custom: {}, summary: '' });
    expect(normaliseMotivation([1, 2])).toEqual({ answers: {}, custom: {}, summary: '' });
  });
});
