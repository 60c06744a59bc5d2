import { advice } from './advice';
import { motivationQuestions, motivationText } from './motivation';
import { LANGS } from './types';

/** Every `{ da, en }` leaf under `node`, with its path. */
function texts(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if (LANGS.every((lang) => lang in record)) return [[path, record]];
  return Object.entries(record).flatMap(([key, value]) => texts(value, `${path}.${key}`));
}

describe('motivation content', () => {
  it('has the three questions from Socialstyrelsen 2016 with stable, unique ids', () => {
    expect(motivationQuestions.map((q) => q.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('gives every text in both Danish and English', () => {
    const all = texts({ motivationQuestions, motivationText });
    expect(all.length).toBeGreaterThan(20);
    for (const [path, text] of all) {
      for (const lang of LANGS) {
        const value = text[lang];
        if (typeof value === 'function') expect(String(value(2)).trim(), `${path}.${lang}`).not.toBe('');
        else expect(typeof value === 'string' && value.trim() !== '', `${path}.${lang}`).toBe(true);
      }
    }
  });

  it('only refers to advice that exists', () => {
    const ids = new Set(advice.map((a) => a.id));
    for (const q of motivationQuestions) if ('advice' in q) expect(ids.has(q.advice)).toBe(true);
  });

  it('asks the same three questions in an association’s words in a volunteer case', () => {
    for (const q of motivationQuestions) {
      expect(q.question.volunteer?.da, q.id).toMatch(/frivillig peer/);
      expect(q.question.volunteer?.en, q.id).toMatch(/volunteer peer/);
    }
  });
});
