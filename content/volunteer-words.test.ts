// Issue 22: a volunteer case never reads like an employment. Every text of the tools and of the
// case's own screens is read as a volunteer case reads it (its `volunteer` wording where one is
// written; items marked `only: 'employment'` left out) and checked for employment-only words.
import { describe, expect, test } from 'vitest';
import { employmentOnlyWords } from './case-kinds';
import { LANGS, type Lang } from './types';

// Each file joins this list once its volunteer wording is written (all of them by the end of issue 22).
const FILES = import.meta.glob<Record<string, unknown>>(
  [
    './ui-overview.ts',
    './hiring-topics.ts',
    './role-mapping.ts',
    './readiness.ts',
    './motivation.ts',
    './role-star.ts',
    './job-start.ts',
    './tools.ts',
    './advice.ts',
    './ui-consent.ts',
    './ui-calendar.ts',
    './practicalities.ts',
  ],
  { eager: true },
);

/** Sample arguments for texts with parameters: a name, a count, a date. */
const ARGS = ['Jonas', 2, '3. december 2026'];

function isByLang(value: object): value is Record<Lang, unknown> & { volunteer?: Record<Lang, unknown> } {
  return LANGS.every((lang) => lang in value);
}

function rendered(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') {
    try {
      const out = value(...ARGS);
      return typeof out === 'string' ? out : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Every text a volunteer case shows, with its path, in one language. */
function volunteerTexts(node: unknown, lang: Lang, path: string, out: [string, string][]): void {
  if (typeof node !== 'object' || node === null) return;
  if ((node as { only?: unknown }).only === 'employment') return;
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) volunteerTexts(item, lang, `${path}[${index}]`, out);
    return;
  }
  if (isByLang(node)) {
    const text = rendered((node.volunteer ?? node)[lang]);
    if (text !== null) {
      out.push([path, text]);
      return;
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'volunteer' || key === 'employment') continue;
    volunteerTexts(value, lang, `${path}.${key}`, out);
  }
}

describe.each(Object.entries(FILES))('%s read as a volunteer case', (file, module) => {
  test.each(LANGS)('has no employment-only word (%s)', (lang) => {
    const texts: [string, string][] = [];
    for (const [name, value] of Object.entries(module)) volunteerTexts(value, lang, name, texts);
    const found = texts.flatMap(([path, text]) =>
      employmentOnlyWords(lang)
        .filter((word) => word.test(text))
        .map((word) => `${path}: ${word} in "${text}"`),
    );
    expect(found, `${file}: ${found.length} employment-only words`).toEqual([]);
  });
});
