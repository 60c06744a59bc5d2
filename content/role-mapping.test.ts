import { mappingPriorities, mappingSettings, mappingStatuses, mappingText } from './role-mapping';
import { LANGS } from './types';

/** Every `{ da, en }` leaf under `node`, with its path. */
function texts(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if (LANGS.every((lang) => lang in record)) return [[path, record]];
  return Object.entries(record).flatMap(([key, value]) => texts(value, `${path}.${key}`));
}

describe('role mapping content', () => {
  it('has eleven settings with stable, unique ids s1–s11', () => {
    expect(mappingSettings.map((s) => s.id)).toEqual(Array.from({ length: 11 }, (_, i) => `s${i + 1}`));
  });

  it('gives every setting, status, priority and label in both languages', () => {
    const all = texts({ mappingSettings, mappingStatuses, mappingPriorities, mappingText });
    expect(all.length).toBeGreaterThan(50);
    for (const [path, text] of all) {
      for (const lang of LANGS) {
        const value = text[lang];
        if (typeof value === 'function') expect(String(value(2, 3)).trim(), `${path}.${lang}`).not.toBe('');
        else expect(typeof value === 'string' && value.trim() !== '', `${path}.${lang}`).toBe(true);
      }
    }
  });

  it('labels each status and each priority 1–3 exactly once', () => {
    expect(mappingStatuses.map((s) => s.value)).toEqual(['exists', 'possible', 'not-now']);
    expect(mappingPriorities.map((p) => p.value)).toEqual([1, 2, 3]);
  });
});
