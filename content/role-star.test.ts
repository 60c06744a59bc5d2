import { describe, expect, it } from 'vitest';
import {
  GENERAL_TASKS_ID,
  MAX_DIMENSIONS,
  MIN_DIMENSIONS,
  ROLE_STAR_MAX,
  ROLE_STAR_MIN,
  roleStarDimensions,
  roleStarScale,
} from './role-star';
import { LANGS } from './types';

describe('Role Star content', () => {
  it('has twelve default dimensions with unique ids that are safe as storage keys', () => {
    const ids = roleStarDimensions.map((d) => d.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(ids).toContain(GENERAL_TASKS_ID);
  });

  it('names and explains every dimension in one sentence in both languages', () => {
    for (const d of roleStarDimensions) {
      for (const lang of LANGS) {
        expect(d.label[lang].trim(), `${d.id}.label.${lang}`).not.toBe('');
        const sentence = d.description[lang].trim();
        expect(sentence, `${d.id}.description.${lang}`).toMatch(/^[A-ZÆØÅ].*\.$/);
        expect(sentence.slice(0, -1), `${d.id}.description.${lang} is one sentence`).not.toMatch(/\.\s/);
      }
    }
  });

  it('labels every point of the scale, in order, in both languages', () => {
    expect(roleStarScale.map((p) => p.value)).toEqual(
      Array.from({ length: ROLE_STAR_MAX - ROLE_STAR_MIN + 1 }, (_, i) => ROLE_STAR_MIN + i),
    );
    for (const point of roleStarScale) {
      for (const lang of LANGS) {
        expect(point.label[lang].trim()).not.toBe('');
        expect(point.description[lang].trim()).not.toBe('');
        expect(point.controlLabel[lang].replaceAll('\u00ad', '')).toBe(point.label[lang]);
      }
    }
  });

  it('allows 3 to 24 dimensions', () => {
    expect([MIN_DIMENSIONS, MAX_DIMENSIONS]).toEqual([3, 24]);
  });
});
