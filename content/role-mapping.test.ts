import {
  type MappingSetting,
  mappingPriorities,
  mappingSettings,
  mappingStatuses,
  mappingText,
} from './role-mapping';
import { forKind, LANGS } from './types';

/** Every `{ da, en }` leaf under `node`, with its path. */
function texts(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if (LANGS.every((lang) => lang in record)) return [[path, record]];
  return Object.entries(record).flatMap(([key, value]) => texts(value, `${path}.${key}`));
}

describe('role mapping content', () => {
  it('has eleven settings with stable, unique ids s1–s11', () => {
    expect(forKind<MappingSetting>(mappingSettings, 'employment').map((s) => s.id)).toEqual(
      Array.from({ length: 11 }, (_, i) => `s${i + 1}`),
    );
  });

  it('maps an association’s own activities in a volunteer case, without the psychiatric and municipal services', () => {
    expect(forKind<MappingSetting>(mappingSettings, 'volunteer').map((s) => s.id)).toEqual([
      's6',
      'sv1',
      'sv2',
      'sv3',
      'sv4',
      's8',
      's9',
      'sv5',
      'sv6',
      's10',
      's11',
    ]);
    expect(new Set(mappingSettings.map((s) => s.id)).size).toBe(mappingSettings.length);
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
