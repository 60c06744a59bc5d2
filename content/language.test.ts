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
    // A text, with its volunteer wording (issue 22) when it has one: both are read.
    if (
      LANGS.every((l) => keys.includes(l)) &&
      keys.every((key) => (LANGS as readonly string[]).includes(key) || key === 'volunteer')
    ) {
      const wordings: [Record<string, unknown>, string][] = [[record, path]];
      if (typeof record.volunteer === 'object' && record.volunteer !== null)
        wordings.push([record.volunteer as Record<string, unknown>, `${path}.volunteer`]);
      for (const [wording, at] of wordings) {
        const text = wording[lang];
        if (typeof text === 'string') found.push([at, text]);
        if (typeof text === 'function')
          found.push([at, String(text(...Array.from({ length: text.length }, () => 2)))]);
      }
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
      // Issue 18: a round is agreed, not voted on; "forløb" read as a course of treatment.
      'Første afstemning af rollen',
      'hørt i sit eget forløb',
      // Issue 18: the applicant decides what they tell (helbredsoplysningsloven § 2).
      'så I skal spørge til dem',
      'Ansøgeren må gerne selv fortælle mere',
      'Spørg til erfaringerne',
      'der skal spørges til erfaringerne',
      // Issue 18: råd 4 is about stigma and equal treatment, not pay.
      'det fjerde af de 5 gode råd',
      'Ansæt på de samme vilkår som kollegerne',
      'Lønnen fastsættes lokalt efter den gældende overenskomst',
      // Issue 18: the rater count is two, three or one, so no text speaks of "the other's" answers.
      'Den andens svar er skjult',
      'I ser begge stjerner',
      // Issue 18: funktionærloven needs more than the hours, and a trial period must be agreed.
      'mere end 8 timer om ugen, gælder funktionærloven',
      'de første tre måneder kan aftales som prøvetid',
      // Issue 18: one set of follow-up times, one form for peer colleagues, plain Danish.
      '2 uger, 3 måneder og 6 måneder',
      'andre peers',
      'gerne i telefonen',
    ];
    const hits = texts('da').filter(([, text]) => banned.some((phrase) => text.includes(phrase)));
    expect(hits).toEqual([]);
  });

  test('none of the English phrasings the review found translated or wrong is left', () => {
    const banned = [
      /sparring/i,
      /decides over/i,
      /so you need to ask about it/i,
      /must be asked about/i,
      /ask about the experience/i,
      /the other person’s answers stay hidden/i,
      /fourth of the five pieces of advice/i,
      /ideally by phone/i,
      /other peers\b/i,
      /2 weeks, 3 months and 6 months/i,
    ];
    const hits = texts('en').filter(([, text]) => banned.some((phrase) => phrase.test(text)));
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
