/**
 * The language pass: phrases that read as translations or say the wrong thing stay out, "borger" is
 * never alone where the setting can be a regional ward, and the English uses the agreed terms.
 * Walks every text of every content module, so new content is covered too.
 */
import { describe, expect, test } from 'vitest';
import { LANGS, type Lang } from './types';

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });

/** Every plain text (functions called with sample arguments) in the given language, with its path. */
function texts(lang: Lang): [string, string][] {
  const found: [string, string][] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > 0 && keys.every((key) => (LANGS as readonly string[]).includes(key))) {
      const text = record[lang];
      if (typeof text === 'string') found.push([path, text]);
      if (typeof text === 'function')
        found.push([path, String(text(...Array.from({ length: text.length }, () => 2)))]);
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
  };
  for (const [file, exports] of Object.entries(modules)) walk(exports, file);
  return found;
}

describe('language', () => {
  test('none of the phrases the review found stilted or wrong is left', () => {
    const banned = [
      'Hvor varm er arbejdspladsen',
      'så det ikke glider',
      'en plads at være',
      'og lidt til',
      'Støtte borgerens stemme',
      'Hvor passer en peer-rolle?',
      'Peer-rolle i ',
      'Ansættelsessamtale',
      'Svarer I hver for sig',
    ];
    const hits = texts('da').filter(([, text]) => banned.some((phrase) => text.includes(phrase)));
    expect(hits).toEqual([]);
  });

  test('"borger" never stands alone: it is "borger/patient", "borger eller patient" or "dem, I støtter"', () => {
    const alone = /\bborger(e|en|ne|ens|nes)?\b(?!\/patient| eller patient)/i;
    expect(texts('da').filter(([, text]) => alone.test(text))).toEqual([]);
  });

  test('the English uses "job description", "collective agreement" and "peer group supervision"', () => {
    const en = texts('en');
    expect(en.filter(([, text]) => /function description|intervision/i.test(text))).toEqual([]);
    expect(
      en.filter(([, text]) => /\bagreement, pay/.test(text) && !/collective agreement/.test(text)),
    ).toEqual([]);
    expect(en.some(([, text]) => text.includes('peer group supervision'))).toBe(true);
  });

  test('no scale step is called "Noget" or "En del af rollen"', () => {
    const labels = texts('da').filter(([path]) => /Scale\[\d+\]\.(label|controlLabel)$/.test(path));
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.filter(([, text]) => text === 'Noget' || text === 'En del af rollen')).toEqual([]);
  });
});
