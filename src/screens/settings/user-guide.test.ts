// The user guide exists in Danish (docs/brugervejledning.md) and English (docs/user-guide.md), and
// both are shown in the app (UserGuide.tsx). They must stay in step: the same sections, numbered the
// same and in the same order, each with something in it, and the same parts inside each section.
import { describe, expect, test } from 'vitest';
import danish from '../../../docs/brugervejledning.md?raw';
import english from '../../../docs/user-guide.md?raw';

interface Section {
  heading: string;
  /** "1" for "## 1. Åbn Peerstart"; null for an unnumbered section ("## Hvis noget driller"). */
  number: string | null;
  body: string;
  /** `### …` headings and lines that are only bold text ("**På iPad (Safari)**"), in order. */
  subsections: number;
  steps: number;
  bullets: number;
}

function sectionsOf(markdown: string): { intro: string; sections: Section[] } {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const intro: string[] = [];
  const sections: { heading: string; lines: string[] }[] = [];
  for (const line of lines) {
    if (line.startsWith('## ')) sections.push({ heading: line.slice(3).trim(), lines: [] });
    else if (sections.length > 0) sections[sections.length - 1]?.lines.push(line);
    else if (!line.startsWith('# ')) intro.push(line);
  }
  return {
    intro: intro.join('\n').trim(),
    sections: sections.map(({ heading, lines: body }) => ({
      heading,
      number: /^(\d+)\.\s/.exec(heading)?.[1] ?? null,
      body: body.join('\n').trim(),
      subsections: body.filter((l) => /^###\s/.test(l) || /^\*\*[^*]+\*\*$/.test(l.trim())).length,
      steps: body.filter((l) => /^\d+\.\s/.test(l)).length,
      bullets: body.filter((l) => /^-\s/.test(l)).length,
    })),
  };
}

const da = sectionsOf(danish);
const en = sectionsOf(english);

describe('the Danish and the English user guide', () => {
  test('both have a title and an introduction before the first section', () => {
    for (const guide of [danish, english]) expect(guide).toMatch(/^# \S/);
    expect(da.intro).not.toBe('');
    expect(en.intro).not.toBe('');
  });

  test('have the same number of ## sections', () => {
    expect(da.sections.length).toBeGreaterThan(0);
    expect(en.sections.length).toBe(da.sections.length);
  });

  test('number their sections the same, in the same order', () => {
    const danishNumbers = da.sections.map((s) => s.number);
    expect(en.sections.map((s) => s.number)).toEqual(danishNumbers);
    // Numbered 1, 2, 3 … without a gap; unnumbered sections (troubleshooting) come last.
    const numbered = danishNumbers.filter((n) => n !== null);
    expect(numbered).toEqual(numbered.map((_, i) => String(i + 1)));
    expect(danishNumbers.slice(0, numbered.length)).toEqual(numbered);
  });

  test('have a body under every section', () => {
    for (const guide of [da, en])
      for (const section of guide.sections) expect(section.body, section.heading).not.toBe('');
  });

  test('have the same number of ### subsections in each section', () => {
    expect(da.sections.some((s) => s.subsections > 0)).toBe(true);
    expect(en.sections.map((s) => s.subsections)).toEqual(da.sections.map((s) => s.subsections));
  });

  test('have the same numbered steps and bullet points in each section', () => {
    const count = (s: Section) => ({ steps: s.steps, bullets: s.bullets });
    da.sections.forEach((section, i) => {
      expect(
        en.sections[i] && count(en.sections[i]),
        `${section.heading} / ${en.sections[i]?.heading}`,
      ).toEqual(count(section));
    });
  });

  test('point to the same sections and steps ("punkt 5, trin 3–6" / "section 5, steps 3–6")', () => {
    const numbers = new Set(da.sections.map((s) => s.number));
    const refs = (text: string, word: string) =>
      [...text.matchAll(new RegExp(`\\b${word}\\s+(\\d+(?:–\\d+)?)`, 'g'))].map((m) => m[1]);
    da.sections.forEach((section, i) => {
      const other = en.sections[i]?.body ?? '';
      const danishRefs = refs(section.body, 'punkt');
      expect(refs(other, 'section'), section.heading).toEqual(danishRefs);
      expect(refs(other, 'steps?'), section.heading).toEqual(refs(section.body, 'trin'));
      // Only to sections that exist.
      for (const ref of danishRefs) expect(numbers.has(ref ?? ''), `punkt ${ref}`).toBe(true);
    });
  });
});
