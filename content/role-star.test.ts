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
  it('has fourteen default dimensions with unique ids that are safe as storage keys', () => {
    const ids = roleStarDimensions.map((d) => d.id);
    expect(ids).toHaveLength(14);
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

  it('gives a volunteer case its own wording where the task speaks of staff, still one sentence', () => {
    const volunteer = roleStarDimensions.flatMap((d) =>
      'volunteer' in d.description ? [[d.id, d.description.volunteer] as const] : [],
    );
    expect(volunteer.map(([id]) => id)).toContain(GENERAL_TASKS_ID);
    for (const [id, text] of volunteer) {
      for (const lang of LANGS) {
        expect(text[lang], `${id}.description.volunteer.${lang}`).toMatch(/^[A-ZÆØÅ].*\.$/);
        expect(text[lang].slice(0, -1), `${id} is one sentence`).not.toMatch(/\.\s/);
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

  it('keeps the first twelve ids in place and appends the two added tasks, so stored stars stay valid', () => {
    expect(roleStarDimensions.map((d) => d.id)).toEqual([
      'one-to-one',
      'own-experience',
      'groups',
      'role-model',
      'community',
      'bridge-staff',
      'practical',
      'voice',
      'social',
      'teaching',
      'development',
      'general-tasks',
      'skills-goals',
      'bridge-sectors',
    ]);
  });

  it('names the scale steps so that no two read alike ("En del af rollen" beside "Ikke en del af rollen")', () => {
    const labels = roleStarScale.map((p) => p.label.da);
    expect(labels).not.toContain('En del af rollen');
    for (const a of labels) for (const b of labels) if (a !== b) expect(a.includes(b)).toBe(false);
  });

  it('allows 3 to 24 dimensions', () => {
    expect([MIN_DIMENSIONS, MAX_DIMENSIONS]).toEqual([3, 24]);
  });
});
