import {
  JOB_START_WHEN,
  type JobStartItem,
  jobStartItems,
  jobStartText,
  jobStartWhenTitles,
} from './job-start';
import { forKind, LANGS } from './types';

describe('job start content', () => {
  it('has the twelve items j1–j12, each in both languages and in a known time group', () => {
    const employment = forKind<JobStartItem>(jobStartItems, 'employment');
    expect(employment.map((item) => item.id)).toEqual(Array.from({ length: 12 }, (_, i) => `j${i + 1}`));
    for (const item of jobStartItems) {
      expect(JOB_START_WHEN).toContain(item.when);
      for (const lang of LANGS) {
        expect(item.title[lang].trim()).not.toBe('');
        expect(item.explanation[lang].trim()).not.toBe('');
      }
    }
  });

  it('starts a volunteer without the employee welcome, with the association’s introduction, agreement, insurance and expenses', () => {
    const volunteer = forKind<JobStartItem>(jobStartItems, 'volunteer').map((item) => item.id);
    expect(volunteer).not.toContain('j1');
    for (const id of ['j13', 'j14', 'j15', 'j16', 'j3', 'j8', 'j9', 'j11']) expect(volunteer).toContain(id);
    expect(new Set(jobStartItems.map((item) => item.id)).size).toBe(jobStartItems.length);
  });

  it('lists the groups in time order, each with a title, and items in group order', () => {
    expect(Object.keys(jobStartWhenTitles)).toEqual([...JOB_START_WHEN]);
    const order = jobStartItems.map((item) => JOB_START_WHEN.indexOf(item.when));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('covers what the sources advise for a peer worker’s job start', () => {
    const advice = new Set(jobStartItems.flatMap((item) => ('advice' in item ? [item.advice] : [])));
    expect([...advice].sort()).toEqual(['development', 'equal-terms', 'openness', 'sparring']);
  });

  it('suggests responsible people in both languages, without duplicates', () => {
    for (const lang of LANGS) {
      const names = jobStartText.responsibleSuggestions.map((s) => s[lang]);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
