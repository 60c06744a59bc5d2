import { type JobStartItem, jobStartItems } from '../../../content/job-start';
import { forKind } from '../../../content/types';
import { todayIso } from '../../tool-kit/normalise';
import {
  adviceShownAt,
  checklistItems,
  cleanDate,
  groupedItems,
  isOverdue,
  jobStartProgress,
  normaliseJobStart,
  overdueItems,
} from './model';

describe('job start model', () => {
  it('counts done items out of all items, own ones included', () => {
    const state = normaliseJobStart({
      items: { j1: { done: true }, j2: { done: false }, 'c-1': { done: true } },
      custom: { 'c-1': { text: 'Parkeringskort', order: 1, when: 'before' } },
    });
    const employment = forKind<JobStartItem>(jobStartItems, 'employment').length;
    expect(jobStartProgress(state)).toEqual({ answered: 2, total: employment + 1 });
  });

  it('finds overdue items: a due date before today that is not done', () => {
    const state = normaliseJobStart({
      items: {
        j1: { due: '2025-03-01' },
        j2: { due: '2025-03-01', done: true },
        j3: { due: '2025-03-10' },
        j4: { due: '2025-03-09' },
        j5: {},
      },
    });
    expect(overdueItems(state, '2025-03-10').map((item) => item.id)).toEqual(['j1', 'j4']);
    expect(isOverdue({ responsible: '', due: '', done: false, doneAt: null, note: '' }, '2030-01-01')).toBe(
      false,
    );
  });

  it('puts own items in their group, after the content items', () => {
    const state = normaliseJobStart({
      custom: {
        'c-b': { text: 'B', order: 2, when: 'week1' },
        'c-a': { text: 'A', order: 1, when: 'week1' },
        'c-x': { text: 'X', order: 3, when: 'someday' },
      },
    });
    const groups = groupedItems(state);
    expect(groups.map((g) => g.when)).toEqual(['before', 'week1', 'month1', 'month3', 'ongoing']);
    expect(groups[1]?.items.map((item) => item.id)).toEqual(['j4', 'j5', 'j6', 'c-a', 'c-b']);
    expect(groups[4]?.items.at(-1)?.id).toBe('c-x');
  });

  it('turns garbage into a valid state: bad dates, texts, flags and ids are cleaned', () => {
    const state = normaliseJobStart({
      items: {
        j1: { responsible: 'x'.repeat(500), due: '2025-02-30', done: 'yes', doneAt: 5, note: 7 },
        j2: { due: '2025-02-28', done: true, doneAt: 'soon' },
        j3: 'done',
        zz: { done: true },
        'c-missing': { done: true },
      },
      custom: { bad: { text: 'x' }, 'c-1': { text: 99, when: 'week1' } },
    });
    expect(state.entries.j1).toEqual({
      responsible: 'x'.repeat(200),
      due: '',
      done: false,
      doneAt: null,
      note: '',
    });
    expect(state.entries.j2).toEqual({
      responsible: '',
      due: '2025-02-28',
      done: true,
      doneAt: null,
      note: '',
    });
    expect(Object.keys(state.entries)).toEqual(['j1', 'j2']);
    expect(state.own).toEqual([{ id: 'c-1', text: '', order: 0, when: 'week1' }]);
    for (const garbage of [null, 3, 'x', [], { items: [1], custom: [2] }]) {
      expect(normaliseJobStart(garbage)).toEqual({ entries: {}, own: [] });
    }
  });

  it('accepts only real calendar dates', () => {
    expect(cleanDate('2024-02-29')).toBe('2024-02-29');
    expect(cleanDate('2023-02-29')).toBe('');
    expect(cleanDate('2024-2-1')).toBe('');
    expect(cleanDate(20240101)).toBe('');
  });

  it('gives today as a local ISO date', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('shows each piece of advice once, beside the first item it applies to', () => {
    const at = adviceShownAt(checklistItems(normaliseJobStart({})));
    expect([...at]).toEqual([
      ['j2', 'openness'],
      ['j7', 'sparring'],
      ['j10', 'development'],
      ['j12', 'equal-terms'],
    ]);
  });
});
