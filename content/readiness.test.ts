import { advice } from './advice';
import { readinessBands, readinessItems, readinessScale, readinessText } from './readiness';
import { LANGS } from './types';

/** Every `{ da, en }` leaf under `node`, with its path. */
function texts(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if (LANGS.every((lang) => lang in record)) return [[path, record]];
  return Object.entries(record).flatMap(([key, value]) => texts(value, `${path}.${key}`));
}

describe('readiness content', () => {
  it('has ten statements with stable, unique ids r1–r10', () => {
    expect(readinessItems.map((item) => item.id)).toEqual(Array.from({ length: 10 }, (_, i) => `r${i + 1}`));
  });

  it('gives every statement, explanation, scale step, band and label in both languages', () => {
    const all = texts({ readinessItems, readinessScale, readinessBands, readinessText });
    expect(all.length).toBeGreaterThan(80);
    for (const [path, text] of all) {
      for (const lang of LANGS) {
        const value = text[lang];
        if (typeof value === 'function') expect(String(value(2, 3)).trim(), `${path}.${lang}`).not.toBe('');
        else expect(typeof value === 'string' && value.trim() !== '', `${path}.${lang}`).toBe(true);
      }
    }
  });

  it('labels every step of the 1–4 scale once, plus "ved ikke"', () => {
    expect(readinessScale.map((s) => s.value)).toEqual([1, 2, 3, 4, 'unknown']);
  });

  it('covers every total from 10 to 40 with exactly one band', () => {
    for (let total = 10; total <= 40; total++) {
      expect(
        readinessBands.filter((b) => total >= b.min && total <= b.max),
        String(total),
      ).toHaveLength(1);
    }
  });

  it('only refers to advice that exists, including sparring beside supervision', () => {
    const ids = new Set(advice.map((a) => a.id));
    for (const item of readinessItems) if ('advice' in item) expect(ids.has(item.advice)).toBe(true);
    expect(readinessItems.find((i) => i.id === 'r7')).toMatchObject({ advice: 'sparring' });
  });
});
