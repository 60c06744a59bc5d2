import { advice } from './advice';
import {
  type ReadinessItem,
  readinessBands,
  readinessItems,
  readinessScale,
  readinessText,
} from './readiness';
import { forKind, LANGS } from './types';

/** Every `{ da, en }` leaf under `node`, with its path. */
function texts(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if (LANGS.every((lang) => lang in record)) return [[path, record]];
  return Object.entries(record).flatMap(([key, value]) => texts(value, `${path}.${key}`));
}

describe('readiness content', () => {
  it('has ten statements with stable, unique ids r1–r10', () => {
    expect(forKind<ReadinessItem>(readinessItems, 'employment').map((item) => item.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `r${i + 1}`),
    );
  });

  it('gives a volunteer case ten statements too: r6 on pay and terms is replaced by expenses and insurance', () => {
    const ids = forKind<ReadinessItem>(readinessItems, 'volunteer').map((item) => item.id);
    expect(ids).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6v', 'r7', 'r8', 'r9', 'r10']);
    expect(new Set(readinessItems.map((item) => item.id)).size).toBe(readinessItems.length);
    const r6v = readinessItems.find((item) => item.id === 'r6v');
    expect(r6v?.text.da).toMatch(/udgifter.*forsikret/);
    expect(r6v).toMatchObject({ advice: 'equal-terms' });
    const volunteer = (id: string) =>
      readinessItems.find((item) => item.id === id) as { text: { volunteer?: { da: string } } };
    expect(volunteer('r1').text.volunteer?.da).toMatch(/^Bestyrelsen bakker/);
    expect(volunteer('r4').text.volunteer?.da).toMatch(/^De andre frivillige/);
    expect(volunteer('r7').text.volunteer?.da).toMatch(/koordinator.*sparring/);
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
